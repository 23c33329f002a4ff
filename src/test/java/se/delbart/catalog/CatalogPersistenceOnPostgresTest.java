package se.delbart.catalog;

import se.delbart.testsupport.PostgresTest;

/** The persistence contract on real PostgreSQL (see {@link PostgresTest} for how the server is found). */
@PostgresTest
class CatalogPersistenceOnPostgresTest extends CatalogPersistenceContract {
}
