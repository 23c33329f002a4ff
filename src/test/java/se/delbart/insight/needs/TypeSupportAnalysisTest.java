package se.delbart.insight.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.delbart.catalog.EffortLevel;
import se.delbart.catalog.Origin;
import se.delbart.shared.IdealType;

/** Support by ideal type on hand-built adoptions and needs. */
class TypeSupportAnalysisTest {

    @Test
    void sharesPerTypeReportsAndTheKRuleForWhatIsAskedFor() {
        var facts = UnmetNeedsAnalysisTest.FACTS;
        var report = new TypeSupportAnalysis.ReportFact(4, 5, 3, true, 30, 10, 20);
        List<TypeSupportAnalysis.AdoptionFact> adoptions = List.of(
                new TypeSupportAnalysis.AdoptionFact("0002", Set.of("utbildning"), Origin.NATIONAL, EffortLevel.LOW, report),
                new TypeSupportAnalysis.AdoptionFact("0003", Set.of("utbildning", "medborgarservice"), Origin.LOCAL,
                        EffortLevel.LOW, null),
                new TypeSupportAnalysis.AdoptionFact("0001", Set.of("medborgarservice"), Origin.LOCAL, EffortLevel.HIGH,
                        new TypeSupportAnalysis.ReportFact(2, 3, 4, false, 10, 10, 20)));
        List<Signal> signals = List.of(
                new Signal(Signal.Source.NEED, "0002", "skolskjuts", Set.of("utbildning")),
                new Signal(Signal.Source.NEED, "0003", "skolskjuts", Set.of("utbildning")),
                new Signal(Signal.Source.SEARCH, null, "skolskjuts", Set.of("utbildning")));

        TypeSupportAnalysis.Report r = TypeSupportAnalysis.analyse(facts, adoptions, signals);

        assertThat(r.municipalities().get(IdealType.PRAGMATIC)).isEqualTo(new TypeSupportAnalysis.TypeCount(0, 2, 2));
        assertThat(r.municipalities().get(IdealType.STRATEGIC)).isEqualTo(new TypeSupportAnalysis.TypeCount(1, 0, 1));
        var utbildning = r.adoptedDomains().stream().filter(row -> row.key().equals("utbildning")).findFirst().orElseThrow();
        assertThat(utbildning.cells().get(IdealType.PRAGMATIC)).isEqualTo(new TypeSupportAnalysis.Cell(100.0, 2, false));
        assertThat(utbildning.cells().get(IdealType.STRATEGIC)).isEqualTo(new TypeSupportAnalysis.Cell(0.0, 0, false));
        assertThat(utbildning.cells().get(IdealType.OPERATIONAL).value()).isNull();
        var national = r.adoptedOrigins().stream().filter(row -> row.key().equals("NATIONAL")).findFirst().orElseThrow();
        assertThat(national.cells().get(IdealType.PRAGMATIC).value()).isEqualTo(50.0);
        // two pragmatic municipalities ask for it: below 3, so nothing is shown
        assertThat(r.askedDomains()).isEmpty();
        assertThat(r.askedTerms()).isEmpty();
        var ratio = r.reported().stream().filter(row -> row.key().equals("realToStatedEffort")).findFirst().orElseThrow();
        assertThat(ratio.cells().get(IdealType.PRAGMATIC)).isEqualTo(new TypeSupportAnalysis.Cell(2.0, 1, false));
        assertThat(ratio.cells().get(IdealType.STRATEGIC).value()).isEqualTo(0.67);
        var within = r.reported().stream().filter(row -> row.key().equals("withinStatedEffort")).findFirst().orElseThrow();
        assertThat(within.cells().get(IdealType.PRAGMATIC).value()).isEqualTo(0.0);
        assertThat(within.cells().get(IdealType.STRATEGIC).value()).isEqualTo(100.0);
    }
}
