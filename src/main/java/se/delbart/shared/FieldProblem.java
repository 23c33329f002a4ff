package se.delbart.shared;

/** One field that is wrong or missing: its JSON path (e.g. {@code effort.implementationDays.min}) and why. */
public record FieldProblem(String field, String message) {
}
