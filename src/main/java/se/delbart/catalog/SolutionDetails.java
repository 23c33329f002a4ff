package se.delbart.catalog;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.delbart.shared.PlainText;

/**
 * Everything a publisher states about a solution: identity, fit, effort and benefit. The publisher, lifecycle and
 * timestamps are not part of it: they come from the account and the aggregate, never from a request body.
 */
public record SolutionDetails(
        @NotBlank @Size(min = 3, max = 120) @PlainText String name,
        @NotBlank @Size(max = 150) @PlainText String summary,
        @Size(max = 20_000) @PlainText(multiline = true) String description,
        @Size(max = 4000) @PlainText(multiline = true) String problem,
        @Size(max = 30) List<@Size(max = 300) @PlainText String> features,
        @Valid Links links,
        @Size(max = 100) @Pattern(regexp = LICENCE_PATTERN,
                message = "must be an SPDX licence identifier or expression (e.g. MIT, EUPL-1.2, Apache-2.0 OR MIT) or PROPRIETARY") String licence,
        @NotNull SolutionType solutionType,
        @NotNull Maturity status,
        @NotEmpty Set<Domain> domains,
        @Size(max = 20) Set<@Size(max = 60) @PlainText String> tags,
        @NotNull Origin origin,
        @Size(max = 120) @PlainText String initiator,
        @Valid @Size(max = 10) List<Contact> contacts,
        @Valid Fit fit,
        @Valid Effort effort,
        @Valid Benefit benefit) {

    /** An SPDX short identifier, optionally combined with AND/OR/WITH, or PROPRIETARY. */
    static final String LICENCE_PATTERN =
            "PROPRIETARY|[A-Za-z0-9][A-Za-z0-9.+-]*( (AND|OR|WITH) [A-Za-z0-9][A-Za-z0-9.+-]*)*";

    public SolutionDetails {
        name = name == null ? null : name.strip();
        summary = summary == null ? null : summary.strip();
        description = Text.blankToNull(description);
        problem = Text.blankToNull(problem);
        features = Text.cleanList(features);
        links = links == null ? Links.NONE : links;
        licence = Text.blankToNull(licence);
        domains = domains == null ? Set.of() : new TreeSet<>(domains.stream().filter(Objects::nonNull).toList());
        tags = Text.cleanTags(tags);
        initiator = Text.blankToNull(initiator);
        contacts = contacts == null ? List.of() : contacts.stream().filter(Objects::nonNull).toList();
        fit = fit == null ? Fit.EMPTY : fit;
        effort = effort == null ? Effort.EMPTY : effort;
        benefit = benefit == null ? Benefit.EMPTY : benefit;
    }

    @JsonIgnore
    @AssertTrue(message = "initiator is required for national and joint solutions")
    public boolean isInitiatorGivenWhenNeeded() {
        return origin == null || origin == Origin.LOCAL || initiator != null;
    }

    /**
     * The JSON names of the fields that differ between this and {@code other}, one level deep into fit, effort,
     * benefit and links (e.g. {@code summary}, {@code effort.implementationDays}). Used for the audit history.
     */
    public Set<String> changedFields(SolutionDetails other) {
        Set<String> changed = new LinkedHashSet<>();
        diff(this, other, "", changed);
        return changed;
    }

    private static void diff(Record a, Record b, String prefix, Set<String> changed) {
        for (RecordComponent component : a.getClass().getRecordComponents()) {
            Object left = read(component, a);
            Object right = read(component, b);
            String name = prefix + component.getName();
            if (left instanceof Record l && right instanceof Record r && prefix.isEmpty()
                    && !(left instanceof DayRange)) {
                diff(l, r, name + ".", changed);
            } else if (!Objects.equals(normalise(left), normalise(right))) {
                changed.add(name);
            }
        }
    }

    private static Object normalise(Object value) {
        // Sets compare by content whatever their order; lists keep their order.
        return value instanceof Set<?> set ? new LinkedHashSet<>(set) : value instanceof List<?> list ? new ArrayList<>(list) : value;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
