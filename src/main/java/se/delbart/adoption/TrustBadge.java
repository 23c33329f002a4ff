package se.delbart.adoption;

import java.util.Map;

/**
 * A badge a solution has earned, with the rule that awards it and the facts that met the rule (model: openCoDE's
 * explained badges). {@code code} is stable; the UI translates it.
 */
public record TrustBadge(String code, String rule, Map<String, Object> facts) {
}
