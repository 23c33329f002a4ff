package se.delbart.security;

import java.util.List;

import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;

/**
 * Account input that breaks a rule. The API shows the English messages (it is an {@link InvalidInputException});
 * pages look each {@link Violation#code()} up in the message bundles.
 */
public class InvalidAccountException extends InvalidInputException {

    /** One broken rule: the field, a message-bundle code and an English default message. */
    public record Violation(String field, String code, String message) {
    }

    private final List<Violation> violations;

    InvalidAccountException(List<Violation> violations) {
        super(violations.stream().map(v -> new FieldProblem(v.field(), v.message())).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
