package se.delbart.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Assertions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL for tests, one per test JVM, in a schema of its own.
 *
 * <p>Where the database comes from, first match wins:
 * <ol>
 *   <li>explicit settings {@code DELBART_TEST_POSTGRES_URL}, {@code DELBART_TEST_POSTGRES_USER} (default
 *       {@code postgres}) and {@code DELBART_TEST_POSTGRES_PASSWORD} (default empty), as environment variables or
 *       system properties; {@code .ci/run} sets them. If they are set but the server cannot be reached, the test
 *       fails (a wrong setting is an error, not a reason to skip);</li>
 *   <li>Testcontainers ({@code postgres:15-alpine}) when a Docker engine is available;</li>
 *   <li>otherwise the test fails when {@code CI=true}, and is aborted (reported as skipped) elsewhere.</li>
 * </ol>
 *
 * <p>Isolation: a fresh schema {@code delbart_it_<epoch seconds>_<random>} is created per JVM and dropped when the
 * JVM exits; the JDBC URL carries {@code currentSchema=} so Flyway migrates into it and Hibernate validates
 * against it. Schemas older than a day left by killed runs are dropped on the next run.
 *
 * <p>Usage, preferred: annotate a Spring test with {@link PostgresTest}, which also makes the skip happen before
 * Spring starts:
 * <pre>{@code
 * @PostgresTest
 * @SpringBootTest
 * class SolutionsOnPostgresTest {
 *     @Autowired Solutions solutions;
 *     @Test void savesAndFinds() { ... }
 * }
 * }</pre>
 * With {@code @DynamicPropertySource} instead (note: when no database is found this reports the class as failed
 * to load its context, not as skipped, unless the class is also {@code @ExtendWith(PostgresTestExtension.class)}
 * or {@code @PostgresTest}):
 * <pre>{@code
 * @DynamicPropertySource
 * static void database(DynamicPropertyRegistry registry) {
 *     TestDatabases.postgres(registry);
 * }
 * }</pre>
 * Without Spring: {@code TestDatabases.postgres().connect()} gives a plain JDBC connection into the schema.
 */
public final class TestDatabases {

    public static final String URL_SETTING = "DELBART_TEST_POSTGRES_URL";
    public static final String USER_SETTING = "DELBART_TEST_POSTGRES_USER";
    public static final String PASSWORD_SETTING = "DELBART_TEST_POSTGRES_PASSWORD";
    public static final String IMAGE = "postgres:15-alpine";

    private static final String SCHEMA_PREFIX = "delbart_it_";
    private static final Duration STALE_AFTER = Duration.ofDays(1);
    private static final String HOW_TO_ENABLE = "Set " + URL_SETTING + " (e.g. jdbc:postgresql://127.0.0.1:5432/test), "
            + USER_SETTING + " and " + PASSWORD_SETTING + ", or start a Docker engine for Testcontainers; "
            + ".ci/run does the former.";

    private static final ResolvedOnce<Postgres> POSTGRES = new ResolvedOnce<>(TestDatabases::resolve);

    private TestDatabases() {
    }

    /** The connection details of this JVM's schema. A connection to it is made with {@link Postgres#connect()}. */
    public record Postgres(String jdbcUrl, String username, String password, String schema, String origin) {

        /** The Spring Boot properties that point the datasource, Flyway and the test slices at this schema. */
        public Map<String, Object> springProperties() {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("spring.datasource.url", jdbcUrl);
            properties.put("spring.datasource.username", username);
            properties.put("spring.datasource.password", password);
            properties.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
            // several cached contexts and parallel builds share one server: keep the pools small
            properties.put("spring.datasource.hikari.maximum-pool-size", 4);
            properties.put("spring.flyway.default-schema", schema);
            properties.put("spring.flyway.schemas", schema);
            // slices (@DataJpaTest, @JdbcTest) would otherwise swap in an embedded database
            properties.put("spring.test.database.replace", "none");
            return properties;
        }

        public Connection connect() throws SQLException {
            return TestDatabases.connect(jdbcUrl, username, password);
        }

        @Override
        public String toString() {
            return jdbcUrl + " as " + username + " (" + origin + ")";
        }
    }

    /**
     * Resolves the database once per JVM. Fails the calling test when CI=true and none is available, aborts it
     * (skipped) otherwise; fails it always when explicit settings point at a server that cannot be used.
     */
    public static Postgres postgres() {
        return POSTGRES.get();
    }

    /** Registers {@link Postgres#springProperties()} with a {@code @DynamicPropertySource} registry. */
    public static void postgres(DynamicPropertyRegistry registry) {
        Postgres database = postgres();
        database.springProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    private static Postgres resolve() {
        var explicitUrl = TestSettings.get(URL_SETTING);
        if (explicitUrl.isPresent()) {
            String user = TestSettings.get(USER_SETTING).orElse("postgres");
            String password = TestSettings.getAllowEmpty(PASSWORD_SETTING).orElse("");
            return inFreshSchema(explicitUrl.get(), user, password, "settings " + URL_SETTING);
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
            container.start(); // Testcontainers' Ryuk removes it when the JVM exits
            return inFreshSchema(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "Testcontainers " + IMAGE);
        }
        throw TestSettings.unavailable("PostgreSQL", HOW_TO_ENABLE);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Postgres inFreshSchema(String baseUrl, String user, String password, String origin) {
        String schema = SCHEMA_PREFIX + Instant.now().getEpochSecond() + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0x1000000));
        try (Connection connection = connect(baseUrl, user, password);
                Statement statement = connection.createStatement()) {
            dropStaleSchemas(connection);
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            Assertions.fail("PostgreSQL from " + origin + " at " + baseUrl + " as " + user + " is not usable: "
                    + e.getMessage() + " (is the server running? pg_isready -h 127.0.0.1; pg_ctlcluster 15 main start;"
                    + " are the settings right?)", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropSchema(baseUrl, user, password, schema),
                "drop test schema " + schema));
        String separator = baseUrl.contains("?") ? "&" : "?";
        return new Postgres(baseUrl + separator + "currentSchema=" + schema, user, password, schema, origin);
    }

    private static void dropStaleSchemas(Connection connection) {
        long cutoff = Instant.now().minus(STALE_AFTER).getEpochSecond();
        List<String> stale = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT schema_name FROM information_schema.schemata "
                        + "WHERE schema_name LIKE 'delbart\\_it\\_%'")) {
            while (rows.next()) {
                String name = rows.getString(1);
                String[] parts = name.substring(SCHEMA_PREFIX.length()).split("_");
                try {
                    if (Long.parseLong(parts[0]) < cutoff) {
                        stale.add(name);
                    }
                } catch (NumberFormatException notOurs) {
                    // another naming scheme: leave it alone
                }
            }
            for (String name : stale) {
                statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            }
        } catch (SQLException e) {
            System.err.println("[TestDatabases] could not drop stale test schemas: " + e.getMessage());
        }
    }

    private static void dropSchema(String baseUrl, String user, String password, String schema) {
        try (Connection connection = connect(baseUrl, user, password);
                Statement statement = connection.createStatement()) {
            // an open transaction of a still-running pool must not hang the JVM's exit
            statement.execute("SET lock_timeout = '10s'");
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            System.err.println("[TestDatabases] could not drop test schema " + schema + " (the next run drops it"
                    + " after a day): " + e.getMessage());
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("loginTimeout", "20");
        return DriverManager.getConnection(url, properties);
    }
}
