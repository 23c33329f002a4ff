package se.delbart.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

class SolutionDetailsValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void setUp() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void tearDown() {
        factory.close();
    }

    private Set<String> invalidFields(SolutionDetails details) {
        return validator.validate(details).stream()
                .map(v -> SolutionCatalog.jsonPath(v.getPropertyPath().toString())).collect(Collectors.toSet());
    }

    @Test
    void completeDetailsAreValid() {
        assertThat(invalidFields(SolutionFixtures.complete("Skolskjuts"))).isEmpty();
        assertThat(invalidFields(SolutionFixtures.minimalDraft("Idé"))).isEmpty();
    }

    @Test
    void summaryIsLimitedTo150Characters() {
        SolutionDetails base = SolutionFixtures.complete("Skolskjuts");
        assertThat(invalidFields(SolutionFixtures.withSummary(base, "x".repeat(150)))).isEmpty();
        assertThat(invalidFields(SolutionFixtures.withSummary(base, "x".repeat(151)))).containsExactly("summary");
        assertThat(invalidFields(SolutionFixtures.withSummary(base, "  "))).containsExactly("summary");
    }

    @Test
    void controlCharactersAreRefusedExceptLineBreaksAndTabsInLongTexts() {
        SolutionDetails base = SolutionFixtures.complete("Skolskjuts");
        assertThat(invalidFields(SolutionFixtures.withSummary(base, "Matsedel\rusedBy: [x]"))).containsExactly("summary");
        assertThat(invalidFields(SolutionFixtures.withSummary(base, "nul\u0000"))).containsExactly("summary");
        assertThat(invalidFields(SolutionFixtures.withSummary(base, "radbrytning\u2028mitt i"))).containsExactly("summary");
        SolutionDetails named = new SolutionDetails("Matsedel\rlogo: x", base.summary(), "Rad 1\r\n\tRad 2\nRad 3",
                base.problem(), List.of("bra\u0007"), base.links(), base.licence(), base.solutionType(), base.status(),
                base.domains(), base.tags(), base.origin(), base.initiator(),
                List.of(new Contact("Åsa\nÖberg", null, null, null)), base.fit(), base.effort(), base.benefit());
        assertThat(invalidFields(named)).containsExactlyInAnyOrder("name", "features[0]", "contacts[0].name");
    }

    @Test
    void dayRangeMinMustNotExceedMax() {
        SolutionDetails d = SolutionFixtures.withEffort(SolutionFixtures.complete("Skolskjuts"),
                new Effort(new DayRange(10, 5), null, -1L, null, null, null));
        assertThat(invalidFields(d)).containsExactlyInAnyOrder("effort.implementationDays", "effort.oneOffCostSek");
    }

    @Test
    void nationalSolutionsNameTheirInitiator() {
        SolutionDetails base = SolutionFixtures.complete("Skolskjuts");
        assertThat(invalidFields(SolutionFixtures.withOrigin(base, Origin.NATIONAL, null))).containsExactly("initiator");
        assertThat(invalidFields(SolutionFixtures.withOrigin(base, Origin.NATIONAL, "SKR"))).isEmpty();
    }

    @Test
    void licenceIsAnSpdxExpressionOrProprietary() {
        SolutionDetails d = SolutionFixtures.complete("Skolskjuts");
        for (String ok : List.of("MIT", "EUPL-1.2", "Apache-2.0 OR MIT", "GPL-3.0-or-later", "PROPRIETARY")) {
            assertThat(invalidFields(withLicence(d, ok))).as(ok).isEmpty();
        }
        for (String bad : List.of("MIT; DROP TABLE", "(MIT", "free as in beer")) {
            assertThat(invalidFields(withLicence(d, bad))).as(bad).containsExactly("licence");
        }
    }

    @Test
    void aDpiaNeedsPersonalData() {
        SolutionDetails d = SolutionFixtures.complete("Skolskjuts");
        Fit fit = new Fit(d.fit().idealTypes(), d.fit().competenceNeeded(), d.fit().provenInGroups(),
                d.fit().dependencies(), false, true);
        assertThat(invalidFields(withFit(d, fit))).containsExactly("fit.dpiaDone");
    }

    @Test
    void linksMustBeHttpUrlsAndGroupsSkrCodes() {
        SolutionDetails d = SolutionFixtures.complete("Skolskjuts");
        SolutionDetails badLink = new SolutionDetails(d.name(), d.summary(), d.description(), d.problem(),
                d.features(), new Links("javascript:alert(1)", null, null), d.licence(), d.solutionType(), d.status(),
                d.domains(), d.tags(), d.origin(), d.initiator(), d.contacts(), d.fit(), d.effort(), d.benefit());
        assertThat(invalidFields(badLink)).containsExactly("links.sourceCode");
        Fit fit = new Fit(d.fit().idealTypes(), d.fit().competenceNeeded(), Set.of("X1"), d.fit().dependencies(),
                true, true);
        assertThat(invalidFields(withFit(d, fit))).containsExactly("fit.provenInGroups");
    }

    private static SolutionDetails withLicence(SolutionDetails d, String licence) {
        return new SolutionDetails(d.name(), d.summary(), d.description(), d.problem(), d.features(), d.links(),
                licence, d.solutionType(), d.status(), d.domains(), d.tags(), d.origin(), d.initiator(), d.contacts(),
                d.fit(), d.effort(), d.benefit());
    }

    private static SolutionDetails withFit(SolutionDetails d, Fit fit) {
        return new SolutionDetails(d.name(), d.summary(), d.description(), d.problem(), d.features(), d.links(),
                d.licence(), d.solutionType(), d.status(), d.domains(), d.tags(), d.origin(), d.initiator(),
                d.contacts(), fit, d.effort(), d.benefit());
    }
}
