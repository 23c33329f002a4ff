package se.delbart.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import jakarta.servlet.http.Cookie;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.shared.Role;

class StartAndMunicipalityPagesTest extends PageTest {

    @Test
    void startPageShowsCountsNewestSolutionsDomainsAndIdealTypes() throws Exception {
        String name = unique("Startsidans lösning");
        published(STOCKHOLM, SolutionFixtures.complete(name));
        long count = catalog.countPublished();

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"sv\"")))
                .andExpect(content().string(containsString("<title>Delbart – kommuner delar digitala lösningar</title>")))
                .andExpect(content().string(containsString("<strong class=\"count\">" + count + "</strong>")))
                .andExpect(content().string(containsString("<strong class=\"count\">290</strong>")))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("action=\"/sok\"")))
                .andExpect(content().string(containsString("href=\"/sok?domain=vard-och-omsorg\">Vård och omsorg</a>")))
                .andExpect(content().string(allOf(containsString("Pragmatisk"), containsString("Operationell"),
                        containsString("Strategisk"), containsString("en blandning"))));
    }

    @Test
    void langParameterSwitchesToEnglishAndACookieKeepsIt() throws Exception {
        Cookie lang = mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(content().string(containsString("Recently published solutions")))
                .andExpect(content().string(containsString("Health and social care")))
                .andExpect(cookie().exists("delbart-lang"))
                .andReturn().getResponse().getCookie("delbart-lang");

        mvc.perform(get("/losningar").cookie(lang))
                .andExpect(content().string(containsString("<title>Solutions – Delbart</title>")))
                .andExpect(content().string(containsString("href=\"/losningar?lang=sv\"")));
    }

    @Test
    void unknownLanguageIsIgnored() throws Exception {
        mvc.perform(get("/").param("lang", "xx"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"sv\"")))
                .andExpect(cookie().doesNotExist("delbart-lang"));
    }

    @Test
    void municipalityListFiltersByCountyAndGroupAndShowsPopulationYear() throws Exception {
        mvc.perform(get("/kommuner").param("county", "01").param("group", "A1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Kommuner – Delbart</title>")))
                .andExpect(content().string(containsString(">Stockholm</a></th>")))
                .andExpect(content().string(containsString("A1 – Storstäder")))
                .andExpect(content().string(containsString("(2017)")))
                .andExpect(content().string(containsString("<th scope=\"col\"")))
                .andExpect(content().string(not(containsString(">Solna</a>"))));

        mvc.perform(get("/kommuner").param("name", "göte"))
                .andExpect(content().string(containsString(">Göteborg</a>")))
                .andExpect(content().string(not(containsString(">Stockholm</a>"))));
    }

    @Test
    void municipalityPageShowsFactsAndPublishedSolutionsAndDraftsOnlyToItsStaff() throws Exception {
        String publishedName = unique("Göteborgs publicerade");
        String draftName = unique("Göteborgs utkast");
        published(GOTEBORG, SolutionFixtures.complete(publishedName));
        draft(GOTEBORG, SolutionFixtures.minimalDraft(draftName));

        mvc.perform(get("/kommuner/" + GOTEBORG))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Göteborg</h1>")))
                .andExpect(content().string(containsString("Västra Götalands län")))
                .andExpect(content().string(containsString("A1 – Storstäder")))
                .andExpect(content().string(containsString("(2017)")))
                .andExpect(content().string(containsString(publishedName)))
                .andExpect(content().string(not(containsString(draftName))));

        mvc.perform(get("/kommuner/" + GOTEBORG).session(login(Role.MEMBER, GOTEBORG)))
                .andExpect(content().string(containsString(draftName)));
        mvc.perform(get("/kommuner/" + GOTEBORG).session(login(Role.EDITOR, STOCKHOLM)))
                .andExpect(content().string(not(containsString(draftName))));
    }

    @Test
    void unknownMunicipalityIsA404Page() throws Exception {
        mvc.perform(get("/kommuner/9999"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<h1>Sidan finns inte</h1>")));
    }
}
