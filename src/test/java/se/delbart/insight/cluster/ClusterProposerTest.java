package se.delbart.insight.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import se.delbart.insight.needs.MunicipalityFacts;
import se.delbart.municipality.SkrGroup;
import se.delbart.shared.IdealType;

/** The cluster proposer on hand-built municipalities: size bounds, capacity with pragmatic, mix, nearness, determinism. */
class ClusterProposerTest {

    private static final ClusterProposer.Labels LABELS = new ClusterProposer.Labels(code -> code,
            type -> type.name().toLowerCase());

    private final Map<String, MunicipalityFacts> facts = new LinkedHashMap<>();

    private void add(String code, String county, SkrGroup group, IdealType type) {
        facts.put(code, new MunicipalityFacts(code, "K" + code, county, "Län " + county, group, 10_000, type, false));
    }

    private List<ClusterProposer.Proposal> propose(Set<String> core, Map<String, Set<String>> experience) {
        return ClusterProposer.propose(List.of(new ClusterProposer.Theme("behov:x", "skolskjuts", "utbildning", core)),
                facts, experience, LABELS);
    }

    @Test
    void aMixedCoreOfFiveBecomesOneProposalWithAReason() {
        add("0001", "22", SkrGroup.B3, IdealType.STRATEGIC);
        add("0002", "22", SkrGroup.C8, IdealType.PRAGMATIC);
        add("0003", "22", SkrGroup.C8, IdealType.PRAGMATIC);
        add("0004", "23", SkrGroup.C8, IdealType.PRAGMATIC);
        add("0005", "22", SkrGroup.C6, IdealType.PRAGMATIC);
        List<ClusterProposer.Proposal> proposals = propose(new TreeSet<>(facts.keySet()), Map.of("utbildning", Set.of("0001")));
        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(p.codes()).containsExactly("0001", "0002", "0003", "0004", "0005");
            // the capacity municipality is chosen first
            assertThat(p.members().get(0).kommunkod()).isEqualTo("0001");
            assertThat(p.reason()).contains("K0001 (strategic) har kapacitet", "har redan publicerat eller infört",
                    "är pragmatiska", "3 kommungrupper", "Fyra av kommunerna ligger i Län 22");
        });
    }

    @Test
    void aCoreWithoutCapacityGetsAnExperiencedHelperAndOtherwiseNoProposal() {
        add("0002", "22", SkrGroup.C8, IdealType.PRAGMATIC);
        add("0003", "22", SkrGroup.C8, IdealType.PRAGMATIC);
        add("0004", "22", SkrGroup.C6, IdealType.PRAGMATIC);
        add("0010", "12", SkrGroup.B3, IdealType.OPERATIONAL);
        add("0011", "23", SkrGroup.B3, IdealType.OPERATIONAL);
        Set<String> core = Set.of("0002", "0003", "0004");
        assertThat(propose(core, Map.of())).isEmpty();
        List<ClusterProposer.Proposal> proposals = propose(core, Map.of("utbildning", Set.of("0010", "0011")));
        assertThat(proposals).singleElement().satisfies(p -> {
            // Jämtland (23) borders Västernorrland (22); Skåne (12) does not: nearness breaks the tie
            assertThat(p.codes()).containsExactly("0002", "0003", "0004", "0011");
            ClusterProposer.Member helper = p.members().stream().filter(m -> !m.core()).findFirst().orElseThrow();
            assertThat(helper.kommunkod()).isEqualTo("0011");
            assertThat(helper.experienced()).isTrue();
            assertThat(p.reason()).contains("har inte uttryckt behovet men har erfarenhet inom utbildning");
        });
    }

    @Test
    void onlyCapacityOrOnlyOneSkrGroupIsNoProposal() {
        add("0001", "22", SkrGroup.B3, IdealType.STRATEGIC);
        add("0002", "22", SkrGroup.B3, IdealType.OPERATIONAL);
        add("0003", "22", SkrGroup.A1, IdealType.STRATEGIC);
        add("0004", "22", SkrGroup.B3, IdealType.OPERATIONAL);
        assertThat(propose(new TreeSet<>(facts.keySet()), Map.of())).isEmpty();
        facts.clear();
        add("0001", "22", SkrGroup.C8, IdealType.OPERATIONAL);
        add("0002", "22", SkrGroup.C8, IdealType.PRAGMATIC);
        add("0003", "22", SkrGroup.C8, IdealType.PRAGMATIC);
        add("0004", "22", SkrGroup.C8, IdealType.PRAGMATIC);
        assertThat(propose(new TreeSet<>(facts.keySet()), Map.of())).isEmpty();
    }

    @Test
    void aLargeCoreIsCutToEightByMixThenNearnessDeterministically() {
        add("0001", "22", SkrGroup.B3, IdealType.STRATEGIC);
        for (int i = 2; i <= 12; i++) {
            add(String.format("%04d", i), i <= 6 ? "22" : "12", i % 2 == 0 ? SkrGroup.C8 : SkrGroup.C7,
                    IdealType.PRAGMATIC);
        }
        add("0013", "12", SkrGroup.A1, IdealType.OPERATIONAL);
        Set<String> core = new TreeSet<>(facts.keySet());
        List<ClusterProposer.Proposal> first = propose(core, Map.of());
        List<ClusterProposer.Proposal> again = propose(core, Map.of());
        assertThat(first).singleElement().satisfies(p -> {
            assertThat(p.members()).hasSize(ClusterProposer.MAX);
            assertThat(p.members()).anyMatch(ClusterProposer.Member::hasCapacity);
            assertThat(p.members()).anyMatch(m -> !m.hasCapacity());
            assertThat(p.members().stream().map(ClusterProposer.Member::skrGroup).distinct().count()).isGreaterThanOrEqualTo(2);
        });
        assertThat(again.get(0).codes()).isEqualTo(first.get(0).codes());
    }

    @Test
    void aCoreOfThreeIsFilledToFourOnlyFromExperiencedMunicipalities() {
        add("0001", "22", SkrGroup.B3, IdealType.OPERATIONAL);
        add("0002", "22", SkrGroup.C8, IdealType.PRAGMATIC);
        add("0003", "22", SkrGroup.C8, IdealType.PRAGMATIC);
        add("0020", "22", SkrGroup.C9, IdealType.PRAGMATIC);
        Set<String> core = Set.of("0001", "0002", "0003");
        assertThat(propose(core, Map.of())).isEmpty();
        assertThat(propose(core, Map.of("utbildning", Set.of("0020")))).singleElement()
                .satisfies(p -> assertThat(p.codes()).containsExactly("0001", "0002", "0003", "0020"));
    }

    @Test
    void proposalsWithTheSameMembersAreDropped() {
        add("0001", "22", SkrGroup.B3, IdealType.STRATEGIC);
        add("0002", "22", SkrGroup.C8, IdealType.PRAGMATIC);
        add("0003", "22", SkrGroup.C8, IdealType.PRAGMATIC);
        add("0004", "22", SkrGroup.C6, IdealType.PRAGMATIC);
        Set<String> core = new TreeSet<>(facts.keySet());
        var themes = List.of(new ClusterProposer.Theme("behov:a", "skolskjuts", "utbildning", core),
                new ClusterProposer.Theme("omrade:utbildning", "Utbildning", "utbildning", core));
        assertThat(ClusterProposer.propose(themes, facts, Map.of(), LABELS)).extracting(ClusterProposer.Proposal::key)
                .containsExactly("behov:a");
    }

    @Test
    void countiesNeighbourSymmetrically() {
        assertThat(Counties.nearness("22", "22")).isEqualTo(2);
        assertThat(Counties.nearness("22", "23")).isEqualTo(1);
        assertThat(Counties.nearness("23", "22")).isEqualTo(1);
        assertThat(Counties.nearness("22", "12")).isZero();
        assertThat(Counties.nearness("09", "01")).isZero();
    }
}
