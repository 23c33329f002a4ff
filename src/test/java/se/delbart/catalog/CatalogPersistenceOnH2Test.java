package se.delbart.catalog;

import org.springframework.test.context.ActiveProfiles;

/** The persistence contract on the embedded default: H2 in PostgreSQL mode (in memory for tests). */
@ActiveProfiles("test")
class CatalogPersistenceOnH2Test extends CatalogPersistenceContract {
}
