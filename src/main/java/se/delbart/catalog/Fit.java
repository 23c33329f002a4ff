package se.delbart.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Which municipalities the solution suits and what it needs from them. */
public record Fit(
        @Valid @Size(max = 3) List<IdealTypeFit> idealTypes,
        CompetenceNeeded competenceNeeded,
        @Size(max = 9) Set<@Pattern(regexp = "[ABC][1-9]", message = "must be an SKR group code such as B3") String> provenInGroups,
        @Size(max = 30) List<@Size(max = 200) String> dependencies,
        boolean personalData,
        boolean dpiaDone) {

    public static final Fit EMPTY = new Fit(List.of(), null, Set.of(), List.of(), false, false);

    public Fit {
        idealTypes = idealTypes == null ? List.of()
                : idealTypes.stream().filter(java.util.Objects::nonNull)
                        .sorted(Comparator.comparing(IdealTypeFit::type, Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList();
        provenInGroups = provenInGroups == null ? Set.of()
                : new LinkedHashSet<>(Text.cleanList(provenInGroups).stream().map(String::toUpperCase).sorted().toList());
        dependencies = Text.cleanList(dependencies);
    }

    @JsonIgnore
    @AssertTrue(message = "each ideal type may appear only once")
    public boolean isIdealTypesDistinct() {
        List<Object> seen = new ArrayList<>();
        for (IdealTypeFit fit : idealTypes) {
            if (seen.contains(fit.type())) {
                return false;
            }
            seen.add(fit.type());
        }
        return true;
    }

    @JsonIgnore
    @AssertTrue(message = "a DPIA can only be done when the solution handles personal data")
    public boolean isDpiaConsistent() {
        return personalData || !dpiaDone;
    }
}
