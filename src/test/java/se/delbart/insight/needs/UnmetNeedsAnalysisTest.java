package se.delbart.insight.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.delbart.municipality.SkrGroup;
import se.delbart.shared.IdealType;

/** The k>=3 privacy rule and the grouping of unmet needs, on hand-built signals. */
class UnmetNeedsAnalysisTest {

    static final Map<String, MunicipalityFacts> FACTS = new LinkedHashMap<>();

    static {
        FACTS.put("0001", new MunicipalityFacts("0001", "Ett", "22", "Västernorrlands län", SkrGroup.B3, 90_000,
                IdealType.STRATEGIC, false));
        FACTS.put("0002", new MunicipalityFacts("0002", "Två", "22", "Västernorrlands län", SkrGroup.C8, 9_000,
                IdealType.PRAGMATIC, true));
        FACTS.put("0003", new MunicipalityFacts("0003", "Tre", "23", "Jämtlands län", SkrGroup.C8, 5_000,
                IdealType.PRAGMATIC, true));
        FACTS.put("0004", new MunicipalityFacts("0004", "Fyra", "22", "Västernorrlands län", SkrGroup.C6, 50_000,
                IdealType.OPERATIONAL, false));
    }

    private static Signal need(String kommunkod, String text) {
        return new Signal(Signal.Source.NEED, kommunkod, text, Set.of("utbildning"));
    }

    private static Signal search(String kommunkod, String text) {
        return new Signal(Signal.Source.SEARCH, kommunkod, text, Set.of("utbildning"));
    }

    @Test
    void onlyMunicipalStaffSearchesCountAndAtMostOncePerMunicipalityGroupAndDay() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 1);
        List<Signal> signals = new ArrayList<>(List.of(need("0001", "skolskjuts"), need("0002", "skolskjuts"),
                need("0003", "skolskjuts")));
        for (int i = 0; i < 30; i++) {
            signals.add(new Signal(Signal.Source.SEARCH, null, "skolskjuts", Set.of("utbildning"), day));
            signals.add(new Signal(Signal.Source.SEARCH, "0004", "skolskjuts " + i, Set.of("utbildning"), day));
        }
        signals.add(new Signal(Signal.Source.SEARCH, "0004", "skolskjuts", Set.of("utbildning"), day.plusDays(1)));

        assertThat(UnmetNeedsAnalysis.byDomain(signals, FACTS)).singleElement().satisfies(g -> {
            assertThat(g.searches()).as("0004 on two days; anonymous searches not at all").isEqualTo(2);
            assertThat(g.municipalities()).isEqualTo(4);
        });
        assertThat(UnmetNeedsAnalysis.byTerms(signals, FACTS))
                .filteredOn(g -> g.terms().contains("skolskjuts")).singleElement()
                .satisfies(g -> assertThat(g.searches()).isEqualTo(2));
    }

    @Test
    void twoMunicipalitiesAreHidden() {
        List<Signal> signals = List.of(need("0001", "ansökan om skolskjuts"), need("0002", "skolskjuts digitalt"));
        assertThat(UnmetNeedsAnalysis.byDomain(signals, FACTS)).isEmpty();
        assertThat(UnmetNeedsAnalysis.byTerms(signals, FACTS)).isEmpty();
    }

    @Test
    void threeMunicipalitiesAreShownWithTheirTypesAndGroups() {
        List<Signal> signals = List.of(need("0001", "ansökan om skolskjuts"), need("0002", "skolskjuts digitalt"),
                search("0003", "skolskjutsen"));
        List<NeedGroup> byDomain = UnmetNeedsAnalysis.byDomain(signals, FACTS);
        assertThat(byDomain).singleElement().satisfies(g -> {
            assertThat(g.domain()).isEqualTo("utbildning");
            assertThat(g.municipalities()).isEqualTo(3);
            assertThat(g.needs()).isEqualTo(2);
            assertThat(g.searches()).isEqualTo(1);
            assertThat(g.byType()).containsEntry(IdealType.PRAGMATIC, 2).containsEntry(IdealType.STRATEGIC, 1);
            assertThat(g.bySkrGroup()).containsEntry(SkrGroup.C8, 2).containsEntry(SkrGroup.B3, 1);
            assertThat(g.estimatedTypes()).isEqualTo(2);
            // only declared needs name members (for clusters); the search's municipality does not
            assertThat(g.needMembers()).containsExactly("0001", "0002");
        });
        // "skolskjutsen" is stemmed to "skolskjuts": one term group with all three
        assertThat(UnmetNeedsAnalysis.byTerms(signals, FACTS)).singleElement()
                .satisfies(g -> assertThat(g.terms()).containsExactly("skolskjuts"));
    }

    @Test
    void theSameMunicipalityTenTimesIsHidden() {
        List<Signal> signals = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            signals.add(search("0001", "skolskjuts"));
        }
        assertThat(UnmetNeedsAnalysis.byDomain(signals, FACTS)).isEmpty();
        assertThat(UnmetNeedsAnalysis.byTerms(signals, FACTS)).isEmpty();
    }

    @Test
    void anonymousSearchesNeverLiftAGroupOverTheThreshold() {
        List<Signal> signals = new ArrayList<>(List.of(need("0001", "skolskjuts"), need("0002", "skolskjuts")));
        for (int i = 0; i < 10; i++) {
            signals.add(search(null, "skolskjuts"));
        }
        assertThat(UnmetNeedsAnalysis.byDomain(signals, FACTS)).isEmpty();
        assertThat(UnmetNeedsAnalysis.byTerms(signals, FACTS)).isEmpty();
        // with a third municipality the group shows; anonymous searches count neither for visibility nor for rank
        signals.add(need("0004", "skolskjuts"));
        assertThat(UnmetNeedsAnalysis.byTerms(signals, FACTS)).singleElement().satisfies(g -> {
            assertThat(g.municipalities()).isEqualTo(3);
            assertThat(g.searches()).isZero();
        });
    }

    @Test
    void termsThatAlwaysOccurTogetherFormOneGroup() {
        List<Signal> signals = List.of(need("0001", "Planering av hemtjänst"), need("0002", "planering av hemtjänsten"),
                need("0003", "Hemtjänst: planering i mobilen"), need("0004", "hemtjänst"));
        List<NeedGroup> groups = UnmetNeedsAnalysis.byTerms(signals, FACTS);
        assertThat(groups).extracting(NeedGroup::label).containsExactly("hemtjänst", "planering");
        assertThat(groups.get(0).municipalities()).isEqualTo(4);
        assertThat(groups.get(1).municipalities()).isEqualTo(3);
    }

    @Test
    void termsAreLowerCasedStemmedAndStopwordsDropped() {
        assertThat(Terms.of("Vi behöver en digital lösning för E-arkiv och hemtjänsten"))
                .containsExactly("e-arkiv", "hemtjänst");
        assertThat(Terms.stem("ansökningar")).isEqualTo("ansökning");
        assertThat(Terms.stem("skola")).isEqualTo("skol");
        assertThat(Terms.stem("bygg")).isEqualTo("bygg");
        Terms.Spellings spellings = new Terms.Spellings();
        List.of("ansökan om skolskjuts", "Ansökan!", "ansöka").forEach(spellings::add);
        assertThat(spellings.of("ansök")).isEqualTo("ansökan");
    }
}
