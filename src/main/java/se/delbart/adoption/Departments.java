package se.delbart.adoption;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;

/** The departments (förvaltningar) named on an adoption: trimmed, distinct, at most 20 of at most 120 characters. */
final class Departments {

    private Departments() {
    }

    static Set<String> clean(Set<String> departments) {
        Set<String> clean = new LinkedHashSet<>();
        if (departments != null) {
            departments.stream().filter(d -> d != null && !d.isBlank()).map(String::strip).forEach(clean::add);
        }
        if (clean.size() > 20 || clean.stream().anyMatch(d -> d.length() > 120)) {
            throw new InvalidInputException(
                    List.of(new FieldProblem("departments", "at most 20 departments of at most 120 characters")));
        }
        return clean;
    }
}
