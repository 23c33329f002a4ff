package se.delbart.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;

import se.delbart.catalog.Origin;
import se.delbart.portfolio.BudgetKind;
import se.delbart.portfolio.Criterion;
import se.delbart.portfolio.DepartmentAssessment;
import se.delbart.portfolio.Initiative;
import se.delbart.portfolio.InitiativeDetails;
import se.delbart.portfolio.Portfolio;
import se.delbart.portfolio.Score;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;
import se.delbart.shared.export.Table;

/** The portfolio pages through MockMvc with the real security chain: forms, errors at the field, CSV, admin page. */
class PortfolioPagesTest extends PageTest {

    /** Used by no other test class. */
    private static final String KOD = "1272";

    @Autowired
    Portfolio portfolio;

    private final Actor staff = new Actor("pages-staff", Role.EDITOR, KOD);

    private Initiative initiative(String title) {
        return portfolio.propose(staff, KOD, new InitiativeDetails(title, null, null, "Ett behov", Origin.LOCAL, null,
                List.of("Socialförvaltningen"), BudgetKind.UTVECKLING));
    }

    private MockHttpSession manager() throws Exception {
        MockHttpSession session = login(Role.EDITOR, KOD);
        String username = (String) ((org.springframework.security.core.context.SecurityContext) session
                .getAttribute("SPRING_SECURITY_CONTEXT")).getAuthentication().getName();
        portfolio.grantManager(new Actor("pages-admin", Role.ADMIN, null), KOD, username);
        return session;
    }

    private Document page(MockHttpSession session, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginAndOtherMunicipalitiesRefused() throws Exception {
        mvc.perform(get("/kommuner/" + KOD + "/portfolj")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/kommuner/" + KOD + "/portfolj").session(login(Role.EDITOR, STOCKHOLM)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/kommuner/" + KOD + "/portfolj").session(login(Role.ANALYST, null)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDepartmentAssessmentTakesSwedishAmountsAndShowsErrorsAtTheField() throws Exception {
        Initiative i = initiative("Sidtest " + UUID.randomUUID());
        MockHttpSession member = login(Role.MEMBER, KOD);
        String path = "/kommuner/" + KOD + "/portfolj/" + i.id() + "/forvaltning";
        String failed = mvc.perform(post(path).session(member).with(csrf()).param("version", "0")
                .param("score[TIME_SAVED]", "3").param("oneOffSek", "många").param("yearlySek", "25 000 kr"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(failed);
        assertThat(doc.select(".error-summary[autofocus] a").eachAttr("href")).containsExactly("#oneOffSek");
        assertThat(doc.select("#oneOffSek-error").text()).contains("25 000");
        assertThat(doc.select("#oneOffSek").attr("aria-invalid")).isEqualTo("true");
        assertThat(doc.select("#yearlySek").val()).isEqualTo("25 000 kr");

        mvc.perform(post(path).session(member).with(csrf()).param("version", "0").param("score[TIME_SAVED]", "3")
                .param("oneOffSek", "25 000,50").param("yearlySek", "25 000 kr").param("adaptationDays", "4"))
                .andExpect(status().is3xxRedirection());
        DepartmentAssessment saved = portfolio.get(staff, KOD, i.id()).initiative().departmentAssessment()
                .orElseThrow();
        assertThat(saved.oneOffSek()).isEqualTo(25_001);
        assertThat(saved.yearlySek()).isEqualTo(25_000);
        assertThat(saved.score(Criterion.TIME_SAVED)).isEqualTo(new Score(3, null));
    }

    @Test
    void onlyThePortfolioManagerDecidesAndChangesTheSettings() throws Exception {
        Initiative i = initiative("Beslut " + UUID.randomUUID());
        portfolio.assessDepartment(staff, KOD, i.id(), null, new DepartmentAssessment(Map.of(), 1L, null, null,
                null, null, null, null));
        MockHttpSession member = login(Role.MEMBER, KOD);
        String decide = "/kommuner/" + KOD + "/portfolj/" + i.id() + "/status";
        mvc.perform(post(decide).session(member).with(csrf()).param("status", "PRIORITISED")
                .param("motivation", "Ja")).andExpect(status().isForbidden());
        mvc.perform(post("/kommuner/" + KOD + "/portfolj/installningar").session(member).with(csrf())
                .param("departments", "A").param("horizonYears", "3").param("dayRateSek", "6000"))
                .andExpect(status().isForbidden());

        MockHttpSession manager = manager();
        mvc.perform(post(decide).session(manager).with(csrf()).param("status", "PRIORITISED")
                .param("motivation", "Störst nytta")).andExpect(status().is3xxRedirection());
        Document settings = page(manager, "/kommuner/" + KOD + "/portfolj/installningar");
        String year = settings.select("input[id^=drift-]").first().id().substring("drift-".length());
        var form = post("/kommuner/" + KOD + "/portfolj/installningar").session(manager).with(csrf())
                .param("departments", "Socialförvaltningen\nKultur").param("goals", "Trygg välfärd")
                .param("horizonYears", "4").param("dayRateSek", "6 500 kr").param("drift[" + year + "]", "1 000 000")
                .param("utveckling[" + year + "]", "250 000");
        for (Criterion c : Criterion.values()) {
            form.param("weight[" + c + "]", "2");
        }
        mvc.perform(form).andExpect(status().is3xxRedirection());
        var setup = portfolio.setup(staff, KOD);
        assertThat(setup.departments()).containsExactly("Socialförvaltningen", "Kultur");
        assertThat(setup.horizonYears()).isEqualTo(4);
        assertThat(setup.dayRateSek()).isEqualTo(6_500);
        assertThat(setup.budget(Integer.parseInt(year), BudgetKind.UTVECKLING)).isEqualTo(250_000);
    }

    @Test
    void theCsvQuotesSeparatorsAndNeutralisesFormulas() throws Exception {
        initiative("=HYPERLINK(\"x\");Matsedel " + UUID.randomUUID().toString().substring(0, 6));
        var response = mvc.perform(get("/kommuner/" + KOD + "/portfolj.csv").session(login(Role.MEMBER, KOD)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        String csv = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFtitle,status,origin,budget,");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\");Matsedel").contains(",PROPOSED,");
    }

    /** The same list for Excel: headings and statuses in the page's language, values as numbers. */
    @Test
    void theXlsxHasSwedishHeadingsAndNumericValues() throws Exception {
        String title = "Excel-initiativ " + UUID.randomUUID().toString().substring(0, 6);
        initiative(title);
        var response = mvc.perform(get("/kommuner/" + KOD + "/portfolj.xlsx").session(login(Role.MEMBER, KOD)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("portfolj-" + KOD + ".xlsx")))
                .andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo(Table.XLSX_MEDIA_TYPE);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Titel");
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Status");
            Row row = rows.stream().filter(r -> r.getCellText(0).equals(title)).findFirst().orElseThrow();
            assertThat(row.getCellText(1)).isEqualTo("Föreslaget");
            assertThat(row.getCell(9).getType()).isEqualTo(CellType.NUMBER); // cost over the horizon
        }
        mvc.perform(get("/kommuner/" + KOD + "/portfolj.xlsx").session(login(Role.MEMBER, "2262")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theStaffEditAnInitiativeAndTheEnglishPagesHaveNoPlaceholders() throws Exception {
        Initiative i = initiative("Före " + UUID.randomUUID());
        MockHttpSession member = login(Role.MEMBER, KOD);
        mvc.perform(post("/kommuner/" + KOD + "/portfolj/" + i.id() + "/andra").session(member).with(csrf())
                .param("version", "0").param("title", "Efter").param("origin", "NATIONAL").param("budget", "DRIFT")
                .param("departments", "Socialförvaltningen").param("needText", "Ett behov"))
                .andExpect(redirectedUrl("/kommuner/" + KOD + "/portfolj/" + i.id()));
        assertThat(portfolio.get(staff, KOD, i.id()).initiative().title()).isEqualTo("Efter");
        for (String path : List.of("/kommuner/" + KOD + "/portfolj?lang=en", "/kommuner/" + KOD + "/portfolj/" + i.id()
                + "?lang=en", "/kommuner/" + KOD + "/portfolj/ny?lang=en")) {
            String text = page(member, path).text();
            assertThat(text).as(path).doesNotContainPattern("\\{\\d").doesNotContain("Föreslaget", "Förvaltningens");
        }
    }

    @Test
    void anAdministratorGrantsAndRevokesThePermission() throws Exception {
        MockHttpSession admin = login(Role.ADMIN, null);
        String username = "granted-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/portfoljansvariga").session(admin).with(csrf()).param("kommunkod", KOD)
                .param("username", username)).andExpect(redirectedUrl("/admin/portfoljansvariga"));
        assertThat(page(admin, "/admin/portfoljansvariga").select("td").eachText()).contains(username, "Bromölla (1272)");
        mvc.perform(post("/admin/portfoljansvariga").session(admin).with(csrf()).param("kommunkod", "")
                .param("username", "")).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/portfoljansvariga/ta-bort").session(admin).with(csrf()).param("kommunkod", KOD)
                .param("username", username)).andExpect(status().is3xxRedirection());
        assertThat(page(admin, "/admin/portfoljansvariga").select("td").eachText()).doesNotContain(username);
        mvc.perform(get("/admin/portfoljansvariga").session(login(Role.EDITOR, KOD))).andExpect(status().isForbidden());
    }
}
