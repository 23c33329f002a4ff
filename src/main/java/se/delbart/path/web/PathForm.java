package se.delbart.path.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.validation.BindingResult;

import se.delbart.catalog.DayRange;
import se.delbart.path.ImplementationPath;
import se.delbart.path.PathDocument;
import se.delbart.path.PathStep;

/**
 * The path's edit form: lists as one item a line (documents as {@code Titel | https://…}), steps as rows (a row
 * whose title is empty is left out, so blank rows add steps and emptying a title removes one).
 */
public class PathForm {

    /** Blank rows offered after the path's steps. */
    static final int BLANK_ROWS = 3;

    private Integer revision;
    private String prerequisites;
    private String decisions;
    private String documents;
    private List<StepForm> steps = new ArrayList<>();

    public static class StepForm {
        private String id;
        private String title;
        private String description;
        private String daysMin;
        private String daysMax;
        private String roles;
        private boolean providerCanDo;

        boolean blank() {
            return (title == null || title.isBlank()) && (description == null || description.isBlank())
                    && (daysMin == null || daysMin.isBlank()) && (daysMax == null || daysMax.isBlank())
                    && (roles == null || roles.isBlank());
        }

        public String getId() { return id; }
        public void setId(String id) { this.id = id; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getDaysMin() { return daysMin; }
        public void setDaysMin(String daysMin) { this.daysMin = daysMin; }
        public String getDaysMax() { return daysMax; }
        public void setDaysMax(String daysMax) { this.daysMax = daysMax; }
        public String getRoles() { return roles; }
        public void setRoles(String roles) { this.roles = roles; }
        public boolean isProviderCanDo() { return providerCanDo; }
        public void setProviderCanDo(boolean providerCanDo) { this.providerCanDo = providerCanDo; }
    }

    static PathForm of(Integer revision, ImplementationPath path) {
        PathForm form = new PathForm();
        form.revision = revision;
        if (path != null) {
            form.prerequisites = String.join("\n", path.prerequisites());
            form.decisions = String.join("\n", path.decisions());
            form.documents = String.join("\n", path.documents().stream().map(d -> d.title() + " | " + d.url()).toList());
            for (PathStep s : path.steps()) {
                StepForm row = new StepForm();
                row.id = s.id();
                row.title = s.title();
                row.description = s.description();
                row.daysMin = s.days() == null ? null : String.valueOf(s.days().min());
                row.daysMax = s.days() == null || s.days().min().equals(s.days().max()) ? null
                        : String.valueOf(s.days().max());
                row.roles = String.join(", ", s.roles());
                row.providerCanDo = s.providerCanDo();
                form.steps.add(row);
            }
        }
        return form.withBlankRows();
    }

    PathForm withBlankRows() {
        steps.removeIf(StepForm::blank);
        for (int i = 0; i < BLANK_ROWS; i++) {
            steps.add(new StepForm());
        }
        return this;
    }

    /**
     * The path the form describes, or null when a number does not parse (rejected on {@code binding}). Sets
     * {@link #rowOfStep}: the form row of each step of the path, for putting the domain's errors on their rows.
     */
    ImplementationPath toPath(BindingResult binding) {
        List<PathStep> result = new ArrayList<>();
        rowOfStep.clear();
        for (int i = 0; i < steps.size(); i++) {
            StepForm row = steps.get(i);
            if (row.blank()) {
                continue;
            }
            Integer min = number(row.daysMin, "steps[" + i + "].daysMin", binding);
            Integer max = number(row.daysMax, "steps[" + i + "].daysMax", binding);
            DayRange days = min == null && max == null ? null : new DayRange(min == null ? max : min, max == null ? min : max);
            List<String> roles = row.roles == null ? List.of()
                    : Arrays.stream(row.roles.split("[,\\n]")).map(String::strip).filter(r -> !r.isEmpty()).toList();
            result.add(new PathStep(row.id == null || row.id.isBlank() ? null : row.id, row.title == null ? "" : row.title,
                    row.description, days, roles, row.providerCanDo));
            rowOfStep.add(i);
        }
        List<PathDocument> docs = new ArrayList<>();
        for (String line : lines(documents)) {
            int bar = line.lastIndexOf('|');
            docs.add(bar < 0 ? new PathDocument(line, line) : new PathDocument(line.substring(0, bar).strip(),
                    line.substring(bar + 1).strip()));
        }
        return binding.hasErrors() ? null : new ImplementationPath(lines(prerequisites), result, lines(decisions), docs);
    }

    final List<Integer> rowOfStep = new ArrayList<>();

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static Integer number(String text, String field, BindingResult binding) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            binding.rejectValue(field, "path.error.days", "must be a whole number");
            return null;
        }
    }

    public Integer getRevision() { return revision; }
    public void setRevision(Integer revision) { this.revision = revision; }
    public String getPrerequisites() { return prerequisites; }
    public void setPrerequisites(String prerequisites) { this.prerequisites = prerequisites; }
    public String getDecisions() { return decisions; }
    public void setDecisions(String decisions) { this.decisions = decisions; }
    public String getDocuments() { return documents; }
    public void setDocuments(String documents) { this.documents = documents; }
    public List<StepForm> getSteps() { return steps; }
    public void setSteps(List<StepForm> steps) { this.steps = steps; }
}
