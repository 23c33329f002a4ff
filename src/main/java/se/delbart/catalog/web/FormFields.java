package se.delbart.catalog.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.util.Comparator;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import se.delbart.shared.FieldProblem;
import se.delbart.shared.IdealType;

/**
 * Puts the catalogue's field problems (JSON paths such as {@code effort.implementationDays.max}) on the form's
 * fields, so that each message appears next to its input. Messages come from the bundle under
 * {@code solution.error.<formField>} (one sentence per field that says what is expected); the catalogue's own
 * English text is only the fallback.
 */
final class FormFields {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("links.sourceCode", "sourceCode"),
            Map.entry("links.documentation", "documentation"),
            Map.entry("links.website", "website"),
            Map.entry("fit.idealTypes", "idealTypes"),
            Map.entry("fit.competenceNeeded", "competenceNeeded"),
            Map.entry("fit.provenInGroups", "provenInGroups"),
            Map.entry("fit.dependencies", "dependencies"),
            Map.entry("fit.personalData", "personalData"),
            Map.entry("fit.dpiaDone", "dpiaDone"),
            Map.entry("effort.implementationDays", "implementationDaysMin"),
            Map.entry("effort.implementationDays.min", "implementationDaysMin"),
            Map.entry("effort.implementationDays.max", "implementationDaysMax"),
            Map.entry("effort.adaptationDays", "adaptationDaysMin"),
            Map.entry("effort.adaptationDays.min", "adaptationDaysMin"),
            Map.entry("effort.adaptationDays.max", "adaptationDaysMax"),
            Map.entry("effort.oneOffCostSek", "oneOffCostSek"),
            Map.entry("effort.yearlyCostSek", "yearlyCostSek"),
            Map.entry("effort.timeToValueWeeks", "timeToValueWeeks"),
            Map.entry("effort.support", "support"),
            Map.entry("benefit", "operationalBenefit"),
            Map.entry("benefit.operational", "operationalBenefit"),
            Map.entry("benefit.citizen", "citizenBenefit"),
            Map.entry("benefit.outcomes", "outcomes"),
            Map.entry("contacts", "contacts"));

    /** Fields that are a group of inputs: their errors go to the fieldset, not to one input. */
    static final List<String> GROUPS = List.of("domains", "idealTypes", "provenInGroups", "outcomes", "contacts");

    private static final Pattern INDEXED = Pattern.compile("^([a-zA-Z.]+)\\[(\\d+)](?:\\.(\\w+))?.*$");
    private static final Pattern IDEAL_TYPE_ROW = Pattern.compile("^fit\\.idealTypes\\[(\\d+)]\\.\\w+$");
    private static final List<String> SIMPLE = List.of("name", "summary", "description", "problem", "features",
            "licence", "solutionType", "status", "domains", "tags", "origin", "initiator");

    /** The form's fields in page order; list columns as {@code contacts.email}. The error summary follows it. */
    private static final List<String> ORDER = List.of("name", "summary", "description", "problem", "features",
            "solutionType", "status", "domains", "tags", "origin", "initiator", "licence", "sourceCode",
            "documentation", "website", "idealTypes", "pragmaticReason", "operationalReason", "strategicReason",
            "competenceNeeded", "provenInGroups", "dependencies", "personalData", "dpiaDone", "implementationDaysMin",
            "implementationDaysMax", "adaptationDaysMin", "adaptationDaysMax", "oneOffCostSek", "yearlyCostSek",
            "timeToValueWeeks", "support", "operationalBenefit", "citizenBenefit", "outcomes", "outcomes.metric",
            "outcomes.value", "outcomes.unit", "outcomes.period", "contacts", "contacts.name", "contacts.role",
            "contacts.email", "contacts.phone");
    private static final Pattern ROW = Pattern.compile("^(\\w+)\\[(\\d+)]\\.(\\w+)$");

    private FormFields() {
    }

    /** A copy of {@code result} with global errors first, then field errors in the order the form shows them. */
    static BindingResult inFormOrder(BindingResult result) {
        BeanPropertyBindingResult sorted = new BeanPropertyBindingResult(result.getTarget(), result.getObjectName());
        result.getGlobalErrors().forEach(sorted::addError);
        result.getFieldErrors().stream().sorted(Comparator.comparingLong(e -> position(e.getField())))
                .forEach(sorted::addError);
        return sorted;
    }

    static long position(String field) {
        Matcher row = ROW.matcher(field);
        if (row.matches()) {
            return rank(row.group(1)) * 1_000_000L + Long.parseLong(row.group(2)) * 1000
                    + rank(row.group(1) + "." + row.group(3));
        }
        return rank(field) * 1_000_000L;
    }

    private static long rank(String field) {
        int i = ORDER.indexOf(field);
        return i < 0 ? ORDER.size() : i;
    }

    static void reject(BindingResult result, SolutionForm form, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            String field = formField(problem.field(), form);
            if (field == null) {
                result.reject("solution.error.general", new Object[] { problem.field(), problem.message() },
                        problem.field() + ": " + problem.message());
            } else if (!result.hasFieldErrors(field)) {
                // One message per field: the first one says what the field needs; a missing value that has its own
                // message is asked for rather than told the limits (an empty summary is not "at most 150 characters")
                String code = "solution.error." + codeOf(field);
                result.rejectValue(field, isMissing(problem) && ASKED_FOR_WHEN_MISSING.contains(field)
                        ? code + ".missing" : code, null, problem.message());
            }
        }
    }

    /** Fields whose missing value has a message of its own ({@code solution.error.<field>.missing}). */
    private static final java.util.Set<String> ASKED_FOR_WHEN_MISSING = java.util.Set.of("name", "summary");

    private static boolean isMissing(FieldProblem problem) {
        String message = problem.message() == null ? "" : problem.message();
        return message.contains("must not be blank") || message.contains("must not be null")
                || message.contains("must not be empty");
    }

    /** The form property for a JSON path, or null when the form has no such input. */
    static String formField(String path, SolutionForm form) {
        if (SIMPLE.contains(path)) {
            return path;
        }
        if (FIELDS.containsKey(path)) {
            return FIELDS.get(path);
        }
        Matcher idealType = IDEAL_TYPE_ROW.matcher(path);
        if (idealType.matches()) {
            List<IdealType> checked = form.checkedIdealTypes();
            int i = Integer.parseInt(idealType.group(1));
            return i < checked.size() ? SolutionForm.reasonField(checked.get(i)) : "idealTypes";
        }
        Matcher indexed = INDEXED.matcher(path);
        if (indexed.matches()) {
            String list = indexed.group(1);
            String property = indexed.group(3);
            switch (list) {
                case "features", "tags" -> {
                    return list;
                }
                case "fit.dependencies" -> {
                    return "dependencies";
                }
                case "contacts", "benefit.outcomes" -> {
                    // Empty rows were left out of the details, so index n is the n-th filled row.
                    String formList = list.equals("contacts") ? "contacts" : "outcomes";
                    int row = filledRow(form, formList, Integer.parseInt(indexed.group(2)));
                    return row < 0 || property == null ? formList : formList + "[" + row + "]." + property;
                }
                default -> {
                    return null;
                }
            }
        }
        return path.startsWith("fit.provenInGroups") ? "provenInGroups" : null;
    }

    /** The message code for a field: rows share one code per column, e.g. {@code contacts.email}. */
    static String codeOf(String field) {
        return field.replaceAll("\\[\\d+]", "");
    }

    /** The HTML id of a field's input, as the template writes it: {@code contacts[1].email} → {@code contacts1-email}. */
    static String idOf(String field) {
        return field.replaceAll("[\\[\\]]", "").replace('.', '-');
    }

    private static int filledRow(SolutionForm form, String list, int index) {
        List<?> rows = list.equals("contacts") ? form.getContacts() : form.getOutcomes();
        int seen = -1;
        for (int i = 0; i < rows.size(); i++) {
            boolean empty = rows.get(i) instanceof SolutionForm.ContactRow c ? c.isEmpty()
                    : ((SolutionForm.OutcomeRow) rows.get(i)).isEmpty();
            if (!empty && ++seen == index) {
                return i;
            }
        }
        return -1;
    }
}
