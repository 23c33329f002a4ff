package se.delbart.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/** The migrations on real PostgreSQL, in this JVM's own schema (see {@link TestDatabases}). */
@PostgresTest
@DataJpaTest
class MigrationsOnPostgresTest extends MigrationsContract {

    @Test
    void migratesIntoThisRunsOwnSchema() {
        String schema = TestDatabases.postgres().schema();
        assertThat(jdbc().sql("select current_schema()").query(String.class).single()).isEqualTo(schema);
        assertThat(jdbc().sql("""
                select table_schema from information_schema.tables
                where table_name in ('municipality', 'flyway_schema_history') and table_schema = ?
                """).param(schema).query(String.class).list()).hasSize(2);
    }
}
