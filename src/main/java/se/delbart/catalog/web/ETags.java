package se.delbart.catalog.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.delbart.shared.InvalidInputException;
import se.delbart.shared.FieldProblem;

/** A solution's ETag is its version in quotes: {@code "3"}. */
final class ETags {

    private static final Pattern VERSION = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header names; null for absent header or {@code *} (any version). */
    static Long parseIfMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        Matcher m = VERSION.matcher(header.strip());
        if (!m.matches()) {
            throw new InvalidInputException(java.util.List.of(
                    new FieldProblem("If-Match", "must be the ETag of the solution, e.g. \"3\"")));
        }
        return Long.parseLong(m.group(1));
    }
}
