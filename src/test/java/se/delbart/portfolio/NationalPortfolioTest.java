package se.delbart.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.delbart.catalog.Origin;

/** The k ≥ 3 rule of the national view, also against reading a small group off as a difference. */
class NationalPortfolioTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final UUID NATIONAL = UUID.randomUUID();
    private static final UUID LOCAL = UUID.randomUUID();
    private static final PortfolioSetup SETUP = new PortfolioSetup(List.of("Soc"), List.of(), List.of(), 3, 6_000,
            Weights.DEFAULT, 0);

    private static Initiative initiative(String kommunkod, UUID solution, Origin origin, InitiativeStatus status) {
        Initiative i = Initiative.propose(UUID.randomUUID(), kommunkod, new InitiativeDetails("I", null, null,
                "Skolskjuts", origin, solution, List.of("Soc"), BudgetKind.UTVECKLING), "x", NOW);
        if (status != InitiativeStatus.PROPOSED) {
            i.assessAtDepartmentLevel(new DepartmentAssessment(Map.of(), null, null, null, 5, null, null, null), "x",
                    NOW);
        }
        if (status != InitiativeStatus.PROPOSED && status != InitiativeStatus.ASSESSED) {
            i.moveTo(status, "Motivering", "x", NOW);
        }
        return i;
    }

    /** One initiative on the national solution per municipality code; the key is the code's first letter. */
    private static List<NationalPortfolioView.Group> breakdown(String... codes) {
        List<Initiative> all = new ArrayList<>();
        for (String code : codes) {
            all.add(initiative(code, NATIONAL, Origin.NATIONAL, InitiativeStatus.ASSESSED));
        }
        int[] hidden = { 0 };
        return NationalPortfolio.breakdown(all, i -> i.kommunkod().substring(0, 1), k -> SETUP, hidden, codes.length);
    }

    @Test
    void groupsOfAtLeastThreeAreShownWhenTheRestIsEmptyOrAtLeastThree() {
        assertThat(breakdown("A1", "A2", "A3", "B1", "B2", "B3")).extracting(NationalPortfolioView.Group::key)
                .containsExactly("A", "B");
        assertThat(breakdown("A1", "A2", "A3")).extracting(NationalPortfolioView.Group::key).containsExactly("A");
    }

    @Test
    void aGroupIsHiddenWhenTheOneMunicipalityBesideItCouldBeReadOffAsTheDifference() {
        // all = 4, A = 3: showing A would reveal the fourth municipality as all − A
        assertThat(breakdown("A1", "A2", "A3", "B1")).isEmpty();
        // all = 7, A = 3, B = 3, C = 1: one of A and B is hidden too, so the rest holds 4
        assertThat(breakdown("A1", "A2", "A3", "B1", "B2", "B3", "C1")).hasSize(1);
    }

    @Test
    void theGroupCountsStatusesAndMeans() {
        List<Initiative> all = List.of(initiative("1", NATIONAL, Origin.NATIONAL, InitiativeStatus.PRIORITISED),
                initiative("2", NATIONAL, Origin.NATIONAL, InitiativeStatus.DEFERRED),
                initiative("3", NATIONAL, Origin.NATIONAL, InitiativeStatus.REJECTED),
                initiative("3", NATIONAL, Origin.NATIONAL, InitiativeStatus.PROPOSED));
        NationalPortfolioView.Group g = NationalPortfolio.group("ALL", all, k -> SETUP);
        assertThat(g.municipalities()).isEqualTo(3);
        assertThat(g.proposed()).isEqualTo(4);
        assertThat(List.of(g.prioritised(), g.deferred(), g.rejected())).containsExactly(1, 1, 1);
        assertThat(g.meanAdaptationDays()).isEqualTo(5.0);
    }

    @Test
    void aLocalSolutionWinsWhenItIsPrioritisedWhereTheNationalOneForTheSameNeedLost() {
        Map<UUID, String> names = Map.of(NATIONAL, "Nationell", LOCAL, "Lokal");
        List<Initiative> all = new ArrayList<>();
        for (String code : List.of("1", "2", "3")) {
            all.add(initiative(code, NATIONAL, Origin.NATIONAL, InitiativeStatus.DEFERRED));
            all.add(initiative(code, LOCAL, Origin.LOCAL, InitiativeStatus.PRIORITISED));
        }
        assertThat(NationalPortfolio.localWins(all, names)).singleElement().satisfies(w -> {
            assertThat(w.name()).isEqualTo("Lokal");
            assertThat(w.municipalities()).isEqualTo(3);
            assertThat(w.nationalAlternatives()).containsExactly("Nationell");
        });
        assertThat(NationalPortfolio.localWins(all.subList(0, 4), names)).isEmpty();
    }
}
