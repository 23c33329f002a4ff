package se.delbart.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TrustBadgesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private static TrustBadges.Facts facts(int inProduction, Set<String> groups, Integer min, Integer max,
            List<Integer> reported, Instant changed, int contacts, String licence, String source) {
        return new TrustBadges.Facts(inProduction, groups, min, max, Figures.of(reported), changed, contacts, licence,
                source, NOW);
    }

    private static List<String> codes(TrustBadges.Facts facts) {
        return TrustBadges.award(facts).stream().map(TrustBadge::code).toList();
    }

    @Test
    void nothingEarnedWithoutFacts() {
        assertThat(codes(facts(0, Set.of(), null, null, List.of(), null, 0, null, null))).isEmpty();
    }

    @Test
    void productionAndSpreadNeedAdopters() {
        assertThat(codes(facts(1, Set.of("B3", "C8"), null, null, List.of(), null, 0, null, null)))
                .containsExactly(TrustBadges.IN_PRODUCTION);
        var badges = TrustBadges.award(facts(2, Set.of("B3", "C8", "A1"), null, null, List.of(), null, 0, null, null));
        assertThat(badges).extracting(TrustBadge::code)
                .containsExactly(TrustBadges.IN_PRODUCTION, TrustBadges.SPREAD_ACROSS_GROUPS);
        assertThat(badges.get(0).facts()).containsEntry("municipalities", 2);
        assertThat(badges.get(1).rule()).contains("3 SKR municipal groups");
    }

    @Test
    void effortAsStatedNeedsTwoReportsWithTheMedianInsideTheRange() {
        assertThat(codes(facts(0, Set.of(), 5, 10, List.of(8), null, 0, null, null))).isEmpty();
        assertThat(codes(facts(0, Set.of(), 5, 10, List.of(6, 10), null, 0, null, null)))
                .containsExactly(TrustBadges.EFFORT_AS_STATED);
        assertThat(codes(facts(0, Set.of(), 5, 10, List.of(9, 14), null, 0, null, null)))
                .as("median 11.5 above the stated max").isEmpty();
        assertThat(codes(facts(0, Set.of(), 5, 10, List.of(1, 3), null, 0, null, null)))
                .as("median 2 below the stated min").isEmpty();
        var badge = TrustBadges.award(facts(0, Set.of(), 5, 10, List.of(6, 8, 30), null, 0, null, null)).get(0);
        assertThat(badge.facts()).containsEntry("median", 8.0).containsEntry("n", 3).containsEntry("stated", "5–10");
    }

    @Test
    void maintainedMeansRecentlyChangedWithAContact() {
        Instant recent = NOW.minusSeconds(86_400L * 300);
        Instant old = NOW.minusSeconds(86_400L * 400);
        assertThat(codes(facts(0, Set.of(), null, null, List.of(), recent, 1, null, null)))
                .containsExactly(TrustBadges.MAINTAINED);
        assertThat(codes(facts(0, Set.of(), null, null, List.of(), old, 1, null, null))).isEmpty();
        assertThat(codes(facts(0, Set.of(), null, null, List.of(), recent, 0, null, null))).isEmpty();
    }

    @Test
    void openSourceNeedsAnOpenLicenceAndPublishedCode() {
        assertThat(codes(facts(0, Set.of(), null, null, List.of(), null, 0, "EUPL-1.2", "https://github.com/x/y")))
                .containsExactly(TrustBadges.OPEN_SOURCE);
        assertThat(codes(facts(0, Set.of(), null, null, List.of(), null, 0, "PROPRIETARY", "https://github.com/x/y"))).isEmpty();
        assertThat(codes(facts(0, Set.of(), null, null, List.of(), null, 0, "MIT", null))).isEmpty();
    }

    @Test
    void figuresGiveMedianRangeAndN() {
        assertThat(Figures.of(List.of(3, 1, 2))).isEqualTo(new Figures(3, 2.0, 1L, 3L));
        assertThat(Figures.of(List.of(4, 1, 2, 3))).isEqualTo(new Figures(4, 2.5, 1L, 4L));
        assertThat(Figures.of(java.util.Arrays.asList(5, null))).isEqualTo(new Figures(1, 5.0, 5L, 5L));
        assertThat(Figures.of(List.of())).isEqualTo(Figures.NONE);
        assertThat(Figures.Rating.of(List.of(4, 5, 5))).isEqualTo(new Figures.Rating(3, 4.7));
    }
}
