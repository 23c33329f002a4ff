package se.delbart.insight.web;

import java.util.List;
import java.util.UUID;

import se.delbart.catalog.Domain;
import se.delbart.insight.DiffusionMeasure;
import se.delbart.municipality.SkrGroup;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;

/** Query parameters of the insight pages and API: blank means "any"; an unknown value is a 400 with the field. */
final class InsightParams {

    private InsightParams() {
    }

    static Domain domain(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return Domain.fromCode(code.strip()).orElseThrow(() -> invalid("domain", "unknown domain: " + code));
    }

    static SkrGroup group(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!SkrGroup.isCode(code.strip())) {
            throw invalid("group", "unknown SKR group: " + code + "; use A1, A2, B3, B4, B5, C6, C7, C8 or C9");
        }
        return SkrGroup.valueOf(code.strip());
    }

    static DiffusionMeasure measure(String value) {
        if (value == null || value.isBlank()) {
            return DiffusionMeasure.IN_PRODUCTION;
        }
        try {
            return DiffusionMeasure.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw invalid("measure", "use IN_PRODUCTION or ANY");
        }
    }

    static UUID solution(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw invalid("solution", "not a solution id: " + id);
        }
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(List.of(new FieldProblem(field, message)));
    }
}
