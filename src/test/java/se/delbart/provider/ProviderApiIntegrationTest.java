package se.delbart.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import se.delbart.catalog.Lifecycle;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.security.AccountService;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;

/**
 * The providers API end to end (every answer checked against the OpenAPI document): another municipality's staff
 * suggest, only the publisher's editors confirm, change and remove (with If-Match), the history keeps who did what,
 * and {@link ProviderOffers#confirmedServiceOffers} counts only confirmed, current offers.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProviderApiIntegrationTest {

    private static final String PASSWORD = "provider-test-password";
    /** Used by no other test class (they share the in-memory database). */
    private static final String PUBLISHER = "1460";
    private static final String OTHER = "1461";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    SolutionCatalog catalog;

    @Autowired
    ProviderOffers offers;

    private String publisherEditor;
    private String publisherMember;
    private String otherMember;
    private String analyst;
    private UUID solution;
    private String base;

    @BeforeEach
    void setUp() throws Exception {
        publisherEditor = token(Role.EDITOR, PUBLISHER);
        publisherMember = token(Role.MEMBER, PUBLISHER);
        otherMember = token(Role.MEMBER, OTHER);
        analyst = token(Role.ANALYST, null);
        solution = catalog.createExample(new Actor("provider-seed", Role.EDITOR, PUBLISHER),
                SolutionFixtures.complete("Leverantörstest " + UUID.randomUUID()), Lifecycle.PUBLISHED, Instant.now()).id();
        base = "/api/v1/solutions/" + solution + "/providers";
    }

    private String token(Role role, String municipality) throws Exception {
        String username = "provider-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(username, "Leverantörstest " + role.name().toLowerCase(), null, PASSWORD, role, municipality);
        return JsonPath.read(mvc.perform(post("/api/v1/tokens").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.token");
    }

    private static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    static final String SUNDSVALL = """
            {"organisation":{"name":"Sundsvalls kommun","kind":"MUNICIPALITY","municipalityCode":"2281"},
             "kinds":["HOSTING","SUPPORT"],"audience":{"kind":"ANY_MUNICIPALITY"},
             "price":{"model":"SUBSCRIPTION","fromSek":20000,"toSek":60000},
             "contact":{"name":"Driftledare","email":"drift@sundsvall.se"},"since":"2025-03-01",
             "note":"Drift i kommunens plattform"}""";

    @Test
    void anotherMunicipalitySuggestsThePublisherConfirmsChangesAndRemoves() throws Exception {
        String created = mvc.perform(as(otherMember, post(base)).content(SUNDSVALL))
                .andExpect(status().isCreated()).andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(header().exists(HttpHeaders.LOCATION))
                .andExpect(jsonPath("$.state").value("SUGGESTED"))
                .andExpect(jsonPath("$.kinds[0]").value("HOSTING"))
                .andExpect(jsonPath("$.since").value("2025-03-01"))
                .andExpect(jsonPath("$.suggestedByMunicipality").value(OTHER))
                .andExpect(jsonPath("$.suggestedBy").value("Leverantörstest member"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        String offer = base + "/" + id;

        // everybody reads; suggestions are marked as such
        mvc.perform(get(base)).andExpect(status().isOk()).andExpect(jsonPath("$[0].state").value("SUGGESTED"));
        mvc.perform(get(offer)).andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, "\"0\""));

        // only the publisher's editors confirm; strangers learn nothing about versions
        mvc.perform(as(otherMember, post(offer + "/confirm"))).andExpect(status().isForbidden());
        mvc.perform(as(publisherMember, post(offer + "/confirm")).header("If-Match", "\"0\""))
                .andExpect(status().isForbidden());
        mvc.perform(as(publisherEditor, post(offer + "/confirm"))).andExpect(status().isPreconditionRequired());
        mvc.perform(as(publisherEditor, post(offer + "/confirm")).header("If-Match", "\"7\""))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(as(publisherEditor, post(offer + "/confirm")).header("If-Match", "\"0\""))
                .andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.state").value("CONFIRMED"))
                .andExpect(jsonPath("$.confirmedBy").value("Leverantörstest editor"));
        mvc.perform(as(publisherEditor, post(offer + "/confirm")).header("If-Match", "\"1\""))
                .andExpect(status().isConflict());

        // a wrong change is refused field by field
        mvc.perform(as(publisherEditor, put(offer)).header("If-Match", "\"1\"").content("""
                {"organisation":{"name":"","kind":"MUNICIPALITY","municipalityCode":"9999"},"kinds":[],
                 "audience":{"kind":"FRAMEWORK_AGREEMENT"},"price":{"model":"HOURLY_RATE","fromSek":1200,"toSek":900},
                 "contact":{"email":"inte-epost"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("organisation.name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("organisation.municipalityCode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("kinds")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("audience.name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("price.toSek")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("contact.email")));
        mvc.perform(as(publisherEditor, put(offer)).header("If-Match", "\"1\"")
                .content(SUNDSVALL.replace("\"SUBSCRIPTION\",\"fromSek\":20000,\"toSek\":60000", "\"FIXED_PRICE\",\"fromSek\":45000")))
                .andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.price.model").value("FIXED_PRICE"))
                .andExpect(jsonPath("$.state").value("CONFIRMED"));
        // the same details again are no change: same version, no history entry
        mvc.perform(as(publisherEditor, put(offer)).header("If-Match", "\"2\"")
                .content(SUNDSVALL.replace("\"SUBSCRIPTION\",\"fromSek\":20000,\"toSek\":60000", "\"FIXED_PRICE\",\"fromSek\":45000")))
                .andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, "\"2\""));

        mvc.perform(as(otherMember, delete(offer)).header("If-Match", "\"2\"")).andExpect(status().isForbidden());
        mvc.perform(as(publisherEditor, delete(offer))).andExpect(status().isPreconditionRequired());
        mvc.perform(as(publisherEditor, delete(offer)).header("If-Match", "\"2\"")).andExpect(status().isNoContent());
        mvc.perform(get(offer)).andExpect(status().isNotFound());
        mvc.perform(get(base)).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));

        // removal keeps the history: who did what, and when
        mvc.perform(get(offer + "/history")).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[0].action").value("SUGGESTED"))
                .andExpect(jsonPath("$[0].byMunicipality").value(OTHER))
                .andExpect(jsonPath("$[1].action").value("CONFIRMED"))
                .andExpect(jsonPath("$[2].action").value("UPDATED"))
                .andExpect(jsonPath("$[2].fields[0]").value("price"))
                .andExpect(jsonPath("$[3].action").value("REMOVED"))
                .andExpect(jsonPath("$[3].by").value("Leverantörstest editor"))
                .andExpect(jsonPath("$[3].byUsername").doesNotExist());
    }

    @Test
    void thePublishersEditorAddsConfirmedOffersAnalystsAndVisitorsCannotSuggest() throws Exception {
        mvc.perform(as(publisherEditor, post(base)).content(SUNDSVALL))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("CONFIRMED"));
        mvc.perform(as(publisherMember, post(base)).content(SUNDSVALL))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("SUGGESTED"));
        mvc.perform(as(analyst, post(base)).content(SUNDSVALL)).andExpect(status().isForbidden());
        mvc.perform(post(base).contentType(MediaType.APPLICATION_JSON).content(SUNDSVALL))
                .andExpect(status().isUnauthorized());
        mvc.perform(as(otherMember, post("/api/v1/solutions/" + UUID.randomUUID() + "/providers")).content(SUNDSVALL))
                .andExpect(status().isNotFound());
        mvc.perform(as(otherMember, post(base)).content("{\"kinds\":[\"PIZZA\"]}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theQueryForOtherModulesCountsOnlyConfirmedCurrentOffers() {
        Actor editor = new Actor("provider-query-editor", Role.EDITOR, PUBLISHER);
        Actor stranger = new Actor("provider-query-member", Role.MEMBER, OTHER);
        UUID empty = catalog.createExample(editor, SolutionFixtures.complete("Utan leverantör " + UUID.randomUUID()),
                Lifecycle.PUBLISHED, Instant.now()).id();
        OfferDetails hostsAndSupports = ProviderOfferTest.sundsvallHosting();
        OfferDetails d = hostsAndSupports;
        // a suggestion does not count, nor an offer that ended, nor one that was removed
        offers.suggest(stranger, solution, new OfferDetails(new Organisation("Förslag AB", OrganisationKind.COMPANY,
                null), EnumSet.of(OfferKind.HOSTING, OfferKind.SUPPORT), d.audience(), null, d.contact(), null, null, null));
        offers.suggest(editor, solution, new OfferDetails(new Organisation("Avslutad AB", OrganisationKind.COMPANY,
                null), EnumSet.of(OfferKind.HOSTING, OfferKind.SUPPORT), d.audience(), null, d.contact(), null,
                LocalDate.now().minusDays(2), null));
        ProviderOffer removed = offers.suggest(editor, solution, new OfferDetails(new Organisation("Borttagen AB",
                OrganisationKind.COMPANY, null), EnumSet.of(OfferKind.HOSTING, OfferKind.SUPPORT), d.audience(), null,
                d.contact(), null, null, null));
        offers.remove(editor, solution, removed.id(), null);
        assertThat(offers.confirmedServiceOffers(List.of(solution)).get(solution).offeredAsService()).isFalse();

        // one organisation's hosting and its separate support offer add up
        offers.suggest(editor, solution, new OfferDetails(d.organisation(), EnumSet.of(OfferKind.HOSTING),
                d.audience(), d.price(), d.contact(), d.since(), null, null));
        offers.suggest(editor, solution, new OfferDetails(d.organisation(), EnumSet.of(OfferKind.SUPPORT, OfferKind.TRAINING),
                new Audience(AudienceKind.COLLABORATION_CLUSTER, "Västernorrland"), d.price(), d.contact(), d.since(),
                null, null));
        Map<UUID, ServiceOffers> found = offers.confirmedServiceOffers(List.of(solution, empty));
        assertThat(found).containsOnlyKeys(solution, empty);
        assertThat(found.get(empty).offeredAsService()).isFalse();
        assertThat(found.get(empty).providers()).isEmpty();
        ServiceOffers offered = found.get(solution);
        assertThat(offered.offeredAsService()).isTrue();
        assertThat(offered.hostingAndSupport()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Sundsvalls kommun");
            assertThat(p.kind()).isEqualTo(OrganisationKind.MUNICIPALITY);
            assertThat(p.municipalityCode()).isEqualTo("2281");
            assertThat(p.kinds()).containsExactlyInAnyOrder(OfferKind.HOSTING, OfferKind.SUPPORT, OfferKind.TRAINING);
            assertThat(p.offersToAnyMunicipality()).isTrue();
            assertThat(p.audienceNames()).containsExactly("Västernorrland");
        });
        assertThat(offered.providers()).extracting(ServiceProvider::name).containsExactly("Sundsvalls kommun");
    }
}
