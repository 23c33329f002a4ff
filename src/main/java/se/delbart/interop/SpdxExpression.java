package se.delbart.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * SPDX licence expressions (SPDX spec annex D): ids from the SPDX licence list (a resource), {@code id+},
 * {@code LicenseRef-…} / {@code DocumentRef-…:LicenseRef-…}, combined with AND, OR, WITH (an exception from the
 * exception list) and parentheses; AND binds tighter than OR. Ids match case-insensitively, operators must be
 * upper or lower case as a whole, as in the spec.
 */
public final class SpdxExpression {

    private static final Map<String, String> LICENCES = index(Vocabulary.load("spdx-licenses.txt", null));
    private static final Set<String> CURRENT = Vocabulary.load("spdx-licenses.txt", "# deprecated");
    private static final Set<String> DEPRECATED = LICENCES.values().stream().filter(id -> !CURRENT.contains(id))
            .collect(Collectors.toUnmodifiableSet());
    private static final Map<String, String> EXCEPTIONS = index(Vocabulary.load("spdx-exceptions.txt", null));
    private static final String REF = "(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+";

    private final List<String> tokens;
    private int next;

    private SpdxExpression(List<String> tokens) {
        this.tokens = tokens;
    }

    /** Whether {@code expression} is a valid SPDX licence expression. */
    public static boolean isValid(String expression) {
        return problem(expression) == null;
    }

    /** Why the expression is not valid, or null when it is. */
    public static String problem(String expression) {
        if (expression == null || expression.isBlank()) {
            return "is empty";
        }
        SpdxExpression parser = new SpdxExpression(tokenise(expression));
        try {
            parser.orExpression();
            if (parser.next < parser.tokens.size()) {
                throw new IllegalArgumentException("unexpected '" + parser.tokens.get(parser.next) + "'");
            }
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Whether the licence id is on the SPDX list but deprecated there (e.g. GPL-3.0). */
    public static boolean isDeprecatedId(String id) {
        return DEPRECATED.contains(LICENCES.getOrDefault(id.toLowerCase(Locale.ROOT), id));
    }

    private void orExpression() {
        andExpression();
        while (operator("OR")) {
            andExpression();
        }
    }

    private void andExpression() {
        simple();
        while (operator("AND")) {
            simple();
        }
    }

    private void simple() {
        String token = take("a licence");
        if (token.equals("(")) {
            orExpression();
            if (!")".equals(take("')'"))) {
                throw new IllegalArgumentException("missing ')'");
            }
            return;
        }
        licence(token);
        if (operator("WITH")) {
            String exception = take("an exception after WITH");
            if (!EXCEPTIONS.containsKey(exception.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("'" + exception + "' is not an SPDX licence exception");
            }
        }
    }

    private static void licence(String token) {
        if (token.matches(REF)) {
            return;
        }
        String id = token.endsWith("+") ? token.substring(0, token.length() - 1) : token;
        if (isOperator(id) || !LICENCES.containsKey(id.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("'" + token + "' is not an SPDX licence identifier");
        }
    }

    private boolean operator(String name) {
        if (next < tokens.size() && (tokens.get(next).equals(name) || tokens.get(next).equals(name.toLowerCase(Locale.ROOT)))) {
            next++;
            return true;
        }
        return false;
    }

    private String take(String expected) {
        if (next >= tokens.size()) {
            throw new IllegalArgumentException("ends where " + expected + " was expected");
        }
        return tokens.get(next++);
    }

    private static boolean isOperator(String token) {
        return List.of("AND", "OR", "WITH", "and", "or", "with").contains(token);
    }

    private static List<String> tokenise(String expression) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (char c : expression.toCharArray()) {
            if (c == '(' || c == ')' || Character.isWhitespace(c)) {
                if (!word.isEmpty()) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                if (!Character.isWhitespace(c)) {
                    tokens.add(String.valueOf(c));
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    private static Map<String, String> index(Set<String> ids) {
        return ids.stream().collect(Collectors.toUnmodifiableMap(id -> id.toLowerCase(Locale.ROOT), Function.identity()));
    }
}
