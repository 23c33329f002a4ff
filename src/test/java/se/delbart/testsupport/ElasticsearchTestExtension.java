package se.delbart.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * Resolves the test Elasticsearch before the test instance exists, i.e. before Spring loads a context for it, so
 * that a missing server aborts each test (reported as skipped) instead of surfacing as "Failed to load
 * ApplicationContext". In CI it fails instead. The outcome is cached per JVM.
 */
public final class ElasticsearchTestExtension implements TestInstancePreConstructCallback {

    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
        TestElasticsearch.elasticsearch();
    }
}
