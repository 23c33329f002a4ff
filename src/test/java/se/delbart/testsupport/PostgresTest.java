package se.delbart.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Runs a Spring test ({@code @SpringBootTest}, {@code @DataJpaTest}, {@code @JdbcTest}, ...) against the real
 * PostgreSQL that {@link TestDatabases#postgres()} resolves, in this JVM's own schema.
 *
 * <p>Before Spring starts, the database is resolved; when there is none each test is skipped, or failed when
 * {@code CI=true}. Then {@code spring.datasource.*}, {@code spring.flyway.schemas}/{@code default-schema} and
 * {@code spring.test.database.replace=none} are set with the highest precedence, so slices keep the real database.
 * All classes share one cached context per configuration, and one schema, so tests must tolerate rows that
 * other test classes wrote (create what you need with unique names, or clean up after yourself).
 *
 * <pre>{@code
 * @PostgresTest
 * @DataJpaTest
 * class MunicipalitiesOnPostgresTest {
 *     @Autowired Municipalities municipalities;
 *     @Test void findsSundsvall() { assertThat(municipalities.findById("2281")).isPresent(); }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("postgres")
@ExtendWith(PostgresTestExtension.class)
@ContextCustomizerFactories(PostgresContextCustomizerFactory.class)
public @interface PostgresTest {
}
