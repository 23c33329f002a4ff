package se.delbart.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import se.delbart.provider.AudienceKind;
import se.delbart.provider.OfferState;
import se.delbart.provider.OrganisationKind;
import se.delbart.provider.ProviderOffer;
import se.delbart.provider.ProviderOffers;
import se.delbart.provider.ServiceOffers;

/**
 * The demo's example providers: at least 8 published solutions get offers, municipalities offer hosting and support
 * to others (so that Ånge's recommendations can name one), one goes through a framework agreement, a few are still
 * suggestions, all marked as example data, and seeding again adds nothing. Shares the demo-adoptions database.
 */
@SpringBootTest(properties = { "delbart.demo.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:demo-adoptions;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@ActiveProfiles("test")
class DemoProvidersTest {

    @Autowired
    DemoDataSeeder seeder;

    @Autowired
    DemoProviders demo;

    @Autowired
    ProviderOffers offers;

    @Autowired
    se.delbart.recommendation.Recommender recommender;

    private List<ProviderOffer> all() {
        return seeder.publishedExamples(seeder.entries()).values().stream()
                .flatMap(id -> offers.list(null, id).stream()).toList();
    }

    @Test
    void atLeastEightPublishedSolutionsHaveRealisticExampleOffers() {
        Map<String, UUID> published = seeder.publishedExamples(seeder.entries());
        List<ProviderOffer> all = all();
        assertThat(all).hasSize(demo.entries().size()).allSatisfy(o -> assertThat(o.isExample()).isTrue());
        assertThat(all.stream().map(ProviderOffer::solutionId).distinct()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(all).filteredOn(o -> o.state() == OfferState.SUGGESTED).hasSizeGreaterThanOrEqualTo(2);
        assertThat(all).filteredOn(o -> o.details().audience().kind() == AudienceKind.FRAMEWORK_AGREEMENT)
                .isNotEmpty();

        Map<UUID, ServiceOffers> service = offers.confirmedServiceOffers(published.values());
        List<String> municipalitiesHosting = service.values().stream().flatMap(s -> s.hostingAndSupport().stream())
                .filter(p -> p.kind() == OrganisationKind.MUNICIPALITY && p.offersToAnyMunicipality())
                .map(p -> p.name()).distinct().toList();
        assertThat(municipalitiesHosting).contains("Sundsvalls kommun", "Örnsköldsviks kommun");
        assertThat(service.get(published.get("sundsvall-dept44-mikrotjanstramverk")).hostingAndSupport())
                .singleElement().satisfies(p -> assertThat(p.municipalityCode()).isEqualTo("2281"));
        assertThat(service.values().stream().filter(ServiceOffers::offeredAsService).count())
                .isGreaterThanOrEqualTo(8);
    }

    @Test
    void seedingAgainAddsNothing() {
        int before = all().size();
        demo.run(null);
        assertThat(all()).hasSize(before);
    }

    /** Issue 21's "done when": on the demo, Ånge's recommendations show at least one reason that names a provider. */
    @Test
    void angesRecommendationsNameAProviderThatHostsAndSupports() {
        var ange = new se.delbart.shared.Actor("ange-medarbetare", se.delbart.shared.Role.MEMBER, "2260");
        List<String> reasons = recommender.recommend(ange, "2260", 10).stream()
                .flatMap(r -> r.reasons().stream()).filter(r -> r.code().equals("offered-as-service"))
                .map(se.delbart.recommendation.Reason::sv).toList();
        assertThat(reasons).isNotEmpty()
                .anySatisfy(r -> assertThat(r).contains("erbjuder drift och support till andra kommuner"));
    }
}
