package se.delbart.shared;

import java.util.List;

/** Input that breaks a domain rule bean validation cannot express; maps to 400 with field errors. */
public class InvalidInputException extends DomainException {

    private final List<FieldProblem> fieldProblems;

    public InvalidInputException(List<FieldProblem> fieldProblems) {
        super("The request has invalid fields");
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
