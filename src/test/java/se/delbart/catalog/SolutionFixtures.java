package se.delbart.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import se.delbart.shared.IdealType;

/** Valid solution details for tests: complete enough to publish. */
public final class SolutionFixtures {

    private SolutionFixtures() {
    }

    public static SolutionDetails complete(String name) {
        return new SolutionDetails(name, "E-tjänst för ansökan om skolskjuts med automatisk kontroll av avstånd.",
                "Ansökan görs **digitalt**.\n\n- BankID\n- Automatisk avståndskontroll", "Manuell hantering av pappersansökningar tar tid.",
                List.of("Inloggning med BankID", "Automatisk beräkning av avstånd"),
                new Links("https://github.com/example/skolskjuts", null, "https://example.se/skolskjuts"), "MIT",
                SolutionType.SOFTWARE, Maturity.IN_PRODUCTION, Set.of(Domain.UTBILDNING),
                Set.of("skolskjuts", "e-tjänst"), Origin.LOCAL, null,
                List.of(new Contact("Anna Andersson", "Digitaliseringsstrateg", "anna.andersson@example.se", null)),
                new Fit(List.of(new IdealTypeFit(IdealType.PRAGMATIC, "Färdig att köra med liten egen insats")),
                        CompetenceNeeded.BASIC_IT, Set.of("B3"), List.of("BankID"), true, true),
                new Effort(new DayRange(5, 10), new DayRange(2, 5), 30_000L, 12_000L, 6, SupportModel.PUBLISHER),
                new Benefit("Färre manuella moment för handläggarna.", "Snabbare besked till familjer.",
                        List.of(new Outcome("Handläggningstid", new BigDecimal("35"), "%", "första året"))));
    }

    /** Only what a draft needs: no fit, effort or benefit. */
    public static SolutionDetails minimalDraft(String name) {
        return new SolutionDetails(name, "Ett utkast.", null, null, null, null, null, SolutionType.PROCESS,
                Maturity.IDEA, Set.of(Domain.MEDBORGARSERVICE), null, Origin.LOCAL, null, null, null, null, null);
    }

    public static SolutionDetails withSummary(SolutionDetails d, String summary) {
        return new SolutionDetails(d.name(), summary, d.description(), d.problem(), d.features(), d.links(),
                d.licence(), d.solutionType(), d.status(), d.domains(), d.tags(), d.origin(), d.initiator(),
                d.contacts(), d.fit(), d.effort(), d.benefit());
    }

    public static SolutionDetails withEffort(SolutionDetails d, Effort effort) {
        return new SolutionDetails(d.name(), d.summary(), d.description(), d.problem(), d.features(), d.links(),
                d.licence(), d.solutionType(), d.status(), d.domains(), d.tags(), d.origin(), d.initiator(),
                d.contacts(), d.fit(), effort, d.benefit());
    }

    public static SolutionDetails withOrigin(SolutionDetails d, Origin origin, String initiator) {
        return new SolutionDetails(d.name(), d.summary(), d.description(), d.problem(), d.features(), d.links(),
                d.licence(), d.solutionType(), d.status(), d.domains(), d.tags(), origin, initiator,
                d.contacts(), d.fit(), d.effort(), d.benefit());
    }
}
