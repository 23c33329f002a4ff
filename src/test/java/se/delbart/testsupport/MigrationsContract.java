package se.delbart.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.delbart.municipality.Municipalities;
import se.delbart.municipality.SkrGroup;

/**
 * What every database we run on must show after the Flyway migrations. Each subclass boots a JPA slice
 * ({@code ddl-auto=validate}, so the context only starts when Hibernate agrees with the migrated schema) on one
 * database.
 */
abstract class MigrationsContract {

    @Autowired
    DataSource dataSource;

    @Autowired
    Municipalities municipalities;

    JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    @Test
    void loadsAllMunicipalities() {
        assertThat(jdbc().sql("select count(*) from municipality").query(Long.class).single()).isEqualTo(290L);
        assertThat(municipalities.count()).isEqualTo(290L);
    }

    @Test
    void sundsvallIsALargerTownInGroupB3() {
        assertThat(jdbc().sql("select skr_group_code from municipality where kommunkod = '2281'")
                .query(String.class).single()).isEqualTo("B3");
        assertThat(municipalities.findById("2281")).hasValueSatisfying(sundsvall -> {
            assertThat(sundsvall.name()).isEqualTo("Sundsvall");
            assertThat(sundsvall.skrGroup()).isEqualTo(SkrGroup.B3);
        });
    }

    @Test
    void recordsEveryMigrationAsSuccessful() {
        assertThat(jdbc().sql("select count(*) from flyway_schema_history where success and version is not null")
                .query(Long.class).single()).isGreaterThanOrEqualTo(4L);
        assertThat(jdbc().sql("select count(*) from flyway_schema_history where not success")
                .query(Long.class).single()).isZero();
    }
}
