package se.delbart.shared;

import java.util.List;

/** An operation is not allowed in the current state (e.g. withdrawing a draft); maps to 409. */
public class InvalidStateException extends DomainException {

    private final List<FieldProblem> fieldProblems;

    public InvalidStateException(String message) {
        this(message, List.of());
    }

    public InvalidStateException(String message, List<FieldProblem> fieldProblems) {
        super(message);
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
