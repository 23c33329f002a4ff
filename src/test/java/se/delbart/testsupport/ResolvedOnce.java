package se.delbart.testsupport;

import java.util.function.Supplier;

/**
 * A real service for tests, resolved once per JVM. A failure to resolve (no service in CI, a wrong setting, or the
 * "skip" abort outside CI) is remembered too, so that later test classes don't probe Docker or the network again.
 */
final class ResolvedOnce<T> {

    private final Supplier<T> resolver;
    private T value;
    private Throwable failure;

    ResolvedOnce(Supplier<T> resolver) {
        this.resolver = resolver;
    }

    synchronized T get() {
        if (value == null && failure == null) {
            try {
                value = resolver.get();
            } catch (RuntimeException | AssertionError e) {
                failure = e;
            }
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof AssertionError e) {
            throw e;
        }
        return value;
    }
}
