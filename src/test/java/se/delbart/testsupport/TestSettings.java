package se.delbart.testsupport;

import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Reads the {@code DELBART_TEST_*} settings that {@code .ci/run} exports, and decides what a test does when a
 * service it needs is missing: in CI ({@code CI=true}) it fails, elsewhere it is aborted and reported as skipped.
 */
final class TestSettings {

    private TestSettings() {
    }

    /** A system property wins over an environment variable of the same name; blank counts as unset. */
    static Optional<String> get(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name);
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    /** Like {@link #get} but an empty value counts as set (an empty password is a real setting). */
    static Optional<String> getAllowEmpty(String name) {
        String value = System.getProperty(name);
        return Optional.ofNullable(value != null ? value : System.getenv(name));
    }

    static boolean isCi() {
        return get("CI").map(v -> v.equalsIgnoreCase("true")).orElse(false);
    }

    /**
     * Never returns: fails in CI (a missing service must not turn into a green build), otherwise aborts the
     * test so that it shows as skipped, with {@code howToEnable} in the message.
     */
    static RuntimeException unavailable(String what, String howToEnable) {
        if (isCi()) {
            Assertions.fail(what + " is not available and CI=true, so this test may not be skipped. " + howToEnable);
        }
        Assumptions.abort(what + " is not available; test skipped. " + howToEnable);
        throw new AssertionError("unreachable");
    }
}
