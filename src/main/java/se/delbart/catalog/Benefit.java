package se.delbart.catalog;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** What the solution gives: to the organisation (verksamhetsnytta) and to residents (invånarnytta). */
public record Benefit(
        @Size(max = 4000) String operational,
        @Size(max = 4000) String citizen,
        @Valid @Size(max = 20) List<Outcome> outcomes) {

    public static final Benefit EMPTY = new Benefit(null, null, List.of());

    public Benefit {
        operational = Text.blankToNull(operational);
        citizen = Text.blankToNull(citizen);
        outcomes = outcomes == null ? List.of() : outcomes.stream().filter(java.util.Objects::nonNull).toList();
    }
}
