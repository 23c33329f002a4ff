package se.delbart.path;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import se.delbart.catalog.DayRange;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.PlainText;

/**
 * What a municipality has to have, do and decide to put a solution into use: prerequisites (e.g. e-identification in
 * place, a DPIA if it handles personal data), ordered steps, the decisions it must take, and linked documents.
 * Plain values; {@link #checkedAgainst} holds the rules, naming each problem by its JSON path.
 */
public record ImplementationPath(List<String> prerequisites, List<PathStep> steps, List<String> decisions,
        List<PathDocument> documents) {

    static final int MAX_STEPS = 30;
    static final int MAX_ITEMS = 20;
    static final int MAX_ITEM = 300;
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_ROLES = 10;
    static final int MAX_ROLE = 80;
    static final int MAX_URL = 500;
    static final int MAX_DAYS = 10_000;
    private static final Pattern STEP_ID = Pattern.compile("[a-z0-9]{1,40}");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);

    public ImplementationPath {
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
        steps = steps == null ? List.of() : List.copyOf(steps);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public Optional<PathStep> step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The same path with one step's typical days replaced. */
    ImplementationPath withStepDays(String stepId, DayRange days) {
        return new ImplementationPath(prerequisites,
                steps.stream().map(s -> s.id().equals(stepId) ? s.withDays(days) : s).toList(), decisions, documents);
    }

    /**
     * This path, stripped and checked, as the next revision of {@code current} (null: the first). A step that names
     * an id must be one of {@code current}'s steps; steps without an id get a new one from {@code newIds}.
     *
     * @throws InvalidInputException naming every problem by its JSON path, e.g. {@code steps[2].days.min}
     */
    ImplementationPath checkedAgainst(ImplementationPath current, Supplier<String> newIds) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> cleanPrerequisites = items("prerequisites", prerequisites, problems);
        List<String> cleanDecisions = items("decisions", decisions, problems);
        if (steps.isEmpty()) {
            problems.add(new FieldProblem("steps", "a path needs at least one step"));
        } else if (steps.size() > MAX_STEPS) {
            problems.add(new FieldProblem("steps", "at most " + MAX_STEPS + " steps"));
        }
        Set<String> known = new HashSet<>();
        if (current != null) {
            current.steps().forEach(s -> known.add(s.id()));
        }
        Set<String> used = new HashSet<>();
        List<PathStep> cleanSteps = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            String at = "steps[" + i + "]";
            PathStep step = steps.get(i);
            if (step == null) {
                problems.add(new FieldProblem(at, "must be a step"));
                continue;
            }
            String id = blankToNull(step.id());
            if (id != null && (!STEP_ID.matcher(id).matches() || !known.contains(id))) {
                problems.add(new FieldProblem(at + ".id", "is not a step of the current path; leave it out for a new step"));
            } else if (id != null && !used.add(id)) {
                problems.add(new FieldProblem(at + ".id", "names the same step twice"));
            }
            String title = text(at + ".title", step.title(), MAX_TITLE, false, true, problems);
            String description = text(at + ".description", step.description(), MAX_DESCRIPTION, true, false, problems);
            DayRange days = step.days();
            if (days != null) {
                if (days.min() == null || days.max() == null) {
                    problems.add(new FieldProblem(at + ".days", "needs min and max (the same for one number)"));
                } else if (days.min() < 0 || days.max() > MAX_DAYS) {
                    problems.add(new FieldProblem(at + ".days", "must be between 0 and " + MAX_DAYS));
                } else if (days.min() > days.max()) {
                    problems.add(new FieldProblem(at + ".days.min", "must not be greater than max"));
                }
            }
            List<String> roles = new ArrayList<>();
            for (int r = 0; r < step.roles().size(); r++) {
                String role = text(at + ".roles[" + r + "]", step.roles().get(r), MAX_ROLE, false, false, problems);
                if (role != null && !roles.contains(role)) {
                    roles.add(role);
                }
            }
            if (roles.size() > MAX_ROLES) {
                problems.add(new FieldProblem(at + ".roles", "at most " + MAX_ROLES + " roles"));
            }
            cleanSteps.add(new PathStep(id, title, description, days, roles, step.providerCanDo()));
        }
        List<PathDocument> cleanDocuments = new ArrayList<>();
        if (documents.size() > MAX_ITEMS) {
            problems.add(new FieldProblem("documents", "at most " + MAX_ITEMS + " documents"));
        }
        for (int i = 0; i < documents.size(); i++) {
            String at = "documents[" + i + "]";
            PathDocument document = documents.get(i);
            if (document == null) {
                problems.add(new FieldProblem(at, "must be a document"));
                continue;
            }
            String title = text(at + ".title", document.title(), MAX_TITLE, false, true, problems);
            String url = text(at + ".url", document.url(), MAX_URL, false, true, problems);
            if (url != null && !URL.matcher(url).matches()) {
                problems.add(new FieldProblem(at + ".url", "must be an http or https address"));
            }
            cleanDocuments.add(new PathDocument(title, url));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<PathStep> withIds = new ArrayList<>();
        for (PathStep step : cleanSteps) {
            String id = step.id();
            while (id == null || used.contains(id) && step.id() == null) {
                id = newIds.get();
            }
            used.add(id);
            withIds.add(step.withId(id));
        }
        return new ImplementationPath(cleanPrerequisites, withIds, cleanDecisions, cleanDocuments);
    }

    private static List<String> items(String field, List<String> values, List<FieldProblem> problems) {
        if (values.size() > MAX_ITEMS) {
            problems.add(new FieldProblem(field, "at most " + MAX_ITEMS + " items"));
        }
        List<String> clean = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = text(field + "[" + i + "]", values.get(i), MAX_ITEM, false, true, problems);
            if (value != null) {
                clean.add(value);
            }
        }
        return clean;
    }

    private static String text(String field, String value, int max, boolean multiline, boolean required,
            List<FieldProblem> problems) {
        String clean = blankToNull(value);
        if (clean == null) {
            if (required) {
                problems.add(new FieldProblem(field, "must not be empty"));
            }
            return null;
        }
        if (clean.length() > max) {
            problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
        } else if (!PlainText.Validator.isPlain(clean, multiline)) {
            problems.add(new FieldProblem(field, "must not contain control characters"));
        }
        return clean;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
