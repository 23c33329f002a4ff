package se.delbart.testsupport;

import java.util.List;

import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/** Puts {@link TestDatabases.Postgres#springProperties()} first in the environment of {@link PostgresTest} contexts. */
final class PostgresContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new PostgresContextCustomizer();
    }

    /** One database per JVM, so all instances are equal: contexts stay shareable in Spring's context cache. */
    private static final class PostgresContextCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestDatabases.Postgres database = TestDatabases.postgres();
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("delbartTestPostgres", database.springProperties()));
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }
    }
}
