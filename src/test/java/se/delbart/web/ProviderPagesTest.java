package se.delbart.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.provider.ProviderOffer;
import se.delbart.provider.ProviderOfferChanged;
import se.delbart.provider.ProviderOffers;
import se.delbart.shared.Role;

/**
 * The solution page's "Vem kan hjälpa er": another municipality's staff suggest through a form (errors at the fields,
 * focus on the summary), the suggestion is marked as such, only the publisher's editors confirm and remove, and
 * visitors are asked to log in. Without JavaScript: plain forms and redirects.
 */
class ProviderPagesTest extends PageTest {

    private static final String SUNDSVALL = "2281";
    private static final String ANGE = "2260";

    @Autowired
    ProviderOffers offers;

    private Document page(String url, MockHttpSession session) throws Exception {
        var request = get(url);
        if (session != null) {
            request.session(session);
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void angeSuggestsSundsvallConfirmsAndRemoves() throws Exception {
        Solution solution = published(SUNDSVALL, SolutionFixtures.complete(unique("Leverantörssida")));
        String url = "/losningar/" + solution.id();
        MockHttpSession ange = login(Role.MEMBER, ANGE);
        MockHttpSession sundsvall = login(Role.EDITOR, SUNDSVALL);

        Document before = page(url, ange);
        assertThat(before.select("#leverantorer h2").text()).isEqualTo("Vem kan hjälpa er");
        assertThat(before.select("#leverantorer .providers-none").text())
                .isEqualTo("Utgivaren har inte bekräftat någon leverantör än.");
        assertThat(before.select("#leverantorer a[href=" + url + "/leverantorer/ny]").text())
                .isEqualTo("Föreslå en leverantör");

        // an empty form: the page opens at the error summary, each error links to its field
        String form = Jsoup.parse(mvc.perform(post(url + "/leverantorer/ny").session(ange).with(csrf())
                .param("audience", "FRAMEWORK_AGREEMENT").param("priceFromSek", "25 000").param("priceToSek", "tio"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).outerHtml();
        Document errors = Jsoup.parse(form);
        assertThat(errors.select("[autofocus]")).hasSize(1);
        Element summary = errors.selectFirst("[autofocus]");
        assertThat(summary.classNames()).contains("error-summary");
        assertThat(summary.select("a").eachAttr("href")).contains("#organisationName", "#organisationKind",
                "#kinds", "#audienceName", "#priceToSek");
        assertThat(errors.select("#organisationName").attr("aria-invalid")).isEqualTo("true");
        assertThat(errors.select("#priceFromSek").val()).isEqualTo("25000");
        assertThat(errors.select("#priceToSek-error").text()).contains("Ange ett belopp i kronor");

        // a valid suggestion: shown, marked as a suggestion, with who suggested it; Ånge gets no confirm button
        mvc.perform(post(url + "/leverantorer/ny").session(ange).with(csrf())
                .param("organisationName", "Sundsvalls kommun").param("organisationKind", "MUNICIPALITY")
                .param("municipalityCode", SUNDSVALL).param("kinds", "HOSTING").param("kinds", "SUPPORT")
                .param("audience", "COLLABORATION_CLUSTER").param("audienceName", "E-tjänstesamverkan Västernorrland")
                .param("priceModel", "SUBSCRIPTION").param("priceFromSek", "20 000").param("priceToSek", "60 000")
                .param("contactEmail", "drift@sundsvall.se").param("since", "2025-03-01"))
                .andExpect(redirectedUrl(url + "#leverantorer"))
                .andExpect(flash().attribute("flash", "provider.flash.suggested"));
        Document suggested = page(url, ange);
        Element row = suggested.selectFirst("#leverantorer ul[data-state=SUGGESTED] li.provider");
        assertThat(row).isNotNull();
        assertThat(row.select(".badge").text()).isEqualTo("Förslag");
        assertThat(row.select("dd").eachText()).contains("Drift, Support och förvaltning",
                "Kommuner i samverkan E-tjänstesamverkan Västernorrland", "Abonnemang, 20 000–60 000 kr",
                "drift@sundsvall.se", "2025-03-01", "Ånge");
        assertThat(suggested.select("#leverantorer form")).isEmpty();
        UUID offerId = UUID.fromString(row.attr("data-offer"));
        mvc.perform(post(url + "/leverantorer/" + offerId + "/bekrafta").session(ange).with(csrf()).param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post(url + "/leverantorer/" + offerId + "/bekrafta").session(sundsvall).param("version", "0"))
                .andExpect(status().isForbidden()); // no CSRF token

        // Sundsvall confirms it: it moves to the confirmed list
        Document publisher = page(url, sundsvall);
        assertThat(publisher.select("#leverantorer button").eachText())
                .containsExactly("Bekräfta Sundsvalls kommun", "Ta bort Sundsvalls kommun");
        assertThat(publisher.select("#leverantorer a[href=" + url + "/leverantorer/ny]").text())
                .isEqualTo("Lägg till en leverantör");
        mvc.perform(post(url + "/leverantorer/" + offerId + "/bekrafta").session(sundsvall).with(csrf())
                .param("version", "0"))
                .andExpect(redirectedUrl(url + "#leverantorer"))
                .andExpect(flash().attribute("flash", "provider.flash.confirmed"));
        Document confirmed = page(url, null);
        assertThat(confirmed.select("#leverantorer ul[data-state=CONFIRMED] li.provider strong").eachText())
                .containsExactly("Sundsvalls kommun");
        assertThat(confirmed.select("#leverantorer ul[data-state=SUGGESTED]")).isEmpty();
        assertThat(confirmed.select("#leverantorer .badge")).isEmpty();
        // visitors are asked to log in
        assertThat(confirmed.select("#leverantorer a[href=/login]").text())
                .isEqualTo("Logga in för att föreslå en leverantör");

        // the edit form holds what the offer says
        Document edit = page(url + "/leverantorer/" + offerId + "/andra", sundsvall);
        assertThat(edit.select("#organisationName").val()).isEqualTo("Sundsvalls kommun");
        assertThat(edit.select("#since").val()).isEqualTo("2025-03-01");
        assertThat(edit.select("input[name=kinds][checked]").eachAttr("value")).containsExactly("HOSTING", "SUPPORT");
        mvc.perform(get(url + "/leverantorer/" + offerId + "/andra").session(ange)).andExpect(status().isForbidden());

        // removed: gone from the page, kept in the history
        mvc.perform(post(url + "/leverantorer/" + offerId + "/ta-bort").session(sundsvall).with(csrf())
                .param("version", "1"))
                .andExpect(flash().attribute("flash", "provider.flash.removed"));
        assertThat(page(url, null).select("#leverantorer li.provider")).isEmpty();
        assertThat(offers.history(null, solution.id(), offerId)).extracting(c -> c.action()).containsExactly(
                ProviderOfferChanged.Action.SUGGESTED, ProviderOfferChanged.Action.CONFIRMED,
                ProviderOfferChanged.Action.REMOVED);
    }

    @Test
    void theSectionIsInEnglishTooAndAStaleConfirmationIsReported() throws Exception {
        Solution solution = published(SUNDSVALL, SolutionFixtures.complete(unique("Leverantörer engelska")));
        String url = "/losningar/" + solution.id();
        ProviderOffer offer = offers.suggest(new se.delbart.shared.Actor("fixture-member-2260", Role.MEMBER, ANGE),
                solution.id(), se.delbart.provider.ProviderOffersFixtures.company("Support AB"));
        Document english = Jsoup.parse(mvc.perform(get(url).param("lang", "en")).andReturn().getResponse()
                .getContentAsString());
        assertThat(english.select("#leverantorer h2").text()).isEqualTo("Who can help you");
        assertThat(english.select("#leverantorer h3").text()).isEqualTo("Suggested, not confirmed by the publisher");
        assertThat(english.select("#leverantorer .badge").text()).isEqualTo("Suggestion");

        MockHttpSession sundsvall = login(Role.EDITOR, SUNDSVALL);
        mvc.perform(post(url + "/leverantorer/" + offer.id() + "/bekrafta").session(sundsvall).with(csrf())
                .param("version", "5"))
                .andExpect(flash().attribute("flashError", "provider.flash.stale"));
        assertThat(offers.list(null, solution.id())).extracting(ProviderOffer::state).containsExactly(
                se.delbart.provider.OfferState.SUGGESTED);
    }
}
