package se.delbart.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.delbart.security.Account;
import se.delbart.shared.Role;
import se.delbart.web.PageTest;

/**
 * The request-access flow through the real security chain: the public form (validation at the fields with a focused
 * error summary, CSRF, rate limits per client address and per e-mail address), the administrator's list and decisions
 * (only admins), the one-time link to set a password, and the retention purge.
 */
class AccessRequestPagesTest extends PageTest {

    private static final String SUNDSVALL = "2281";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    AccessRequestService service;

    @Autowired
    AccessRequests requests;

    @Autowired
    JdbcTemplate jdbc;

    /** A client address of its own for each test, so that the address limit of one cannot touch another. */
    private final String address = "192.0.2." + ADDRESSES.getAndIncrement();

    private MockHttpServletRequestBuilder request(String name, String email, String kommunkod, String role) {
        return post("/tillgang").with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        }).param("name", name).param("email", email).param("municipalityCode", kommunkod).param("role", role);
    }

    private static Document parse(String html) {
        return Jsoup.parse(html);
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static String uniqueEmail(String domain) {
        return "t" + UUID.randomUUID().toString().substring(0, 8) + "@" + domain;
    }

    @Test
    void theFormIsPublicLinkedFromAboutLoginAndFooterAndOffersOnlyMunicipalRoles() throws Exception {
        Document form = page(get("/tillgang"));
        assertThat(form.select("h1").text()).isEqualTo("Så får din kommun tillgång");
        assertThat(form.select("select#municipalityCode option[value~=^\\d{4}$]")).hasSize(290);
        assertThat(form.select("select#municipalityCode option[value=2281]").text()).isEqualTo("Sundsvall (2281)");
        assertThat(form.select("select#role option[value~=.+]").eachAttr("value")).containsExactly("EDITOR", "MEMBER");
        // WCAG 1.3.5: the applicant's own name and address say their purpose
        assertThat(form.select("#name").attr("autocomplete")).isEqualTo("name");
        assertThat(form.select("#email").attr("autocomplete")).isEqualTo("email");
        for (String path : new String[] { "/om", "/login", "/" }) {
            assertThat(page(get(path)).select("main a[href=/tillgang], footer a[href=/tillgang]")).as(path).isNotEmpty();
        }
        assertThat(page(get("/tillgang?lang=en")).select("h1").text()).isEqualTo("How your municipality gets access");
    }

    @Test
    void anEmptySubmitShowsEachErrorAtItsFieldAndFocusesTheSummary() throws Exception {
        Document page = page(request("", "inte-en-adress", "", ""));
        Element summary = page.selectFirst("[autofocus]");
        assertThat(page.select("[autofocus]")).hasSize(1);
        assertThat(summary.id()).isEqualTo("fel");
        assertThat(summary.select("a").eachAttr("href")).containsExactlyInAnyOrder("#name", "#email",
                "#municipalityCode", "#role");
        assertThat(page.select("#name-error").text()).contains("Ange ditt namn.");
        assertThat(page.select("#email-error").text()).contains("Ange en e-postadress");
        assertThat(page.select("#municipalityCode-error").text()).contains("Välj din kommun.");
        assertThat(page.select("#role-error").text()).contains("Välj vilken roll du behöver.");
        assertThat(page.select("#email").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#email").attr("value")).as("kept").isEqualTo("inte-en-adress");
    }

    @Test
    void anAdminRoleOrAnUnknownMunicipalityIsRefused() throws Exception {
        Document page = page(request("Anna", uniqueEmail("sundsvall.se"), "9999", "ADMIN"));
        assertThat(page.select("#municipalityCode-error").text()).contains("Välj en kommun i listan.");
        assertThat(page.select("#role-error").text()).contains("Välj redaktör eller medlem.");
        page = page(request("Anna", uniqueEmail("sundsvall.se"), SUNDSVALL, "ANALYST"));
        assertThat(page.select("#role-error").text()).contains("Välj redaktör eller medlem.");
    }

    @Test
    void withoutCsrfTokenTheFormIsRefused() throws Exception {
        String email = uniqueEmail("sundsvall.se");
        mvc.perform(post("/tillgang").param("name", "Anna").param("email", email).param("municipalityCode", SUNDSVALL)
                .param("role", "MEMBER")).andExpect(status().isForbidden());
        assertThat(service.pending()).noneMatch(r -> r.email().equals(email));
    }

    @Test
    void aRequestIsStoredAndMarkedWhenItsDomainIsNotTheMunicipalitys() throws Exception {
        String own = uniqueEmail("Sundsvall.se");
        String other = uniqueEmail("gmail.com");
        mvc.perform(request("Anna Andersson", own, SUNDSVALL, "EDITOR")).andExpect(redirectedUrl("/tillgang/skickad"));
        mvc.perform(request("Bo Berg", other, SUNDSVALL, "MEMBER")).andExpect(redirectedUrl("/tillgang/skickad"));
        assertThat(page(get("/tillgang/skickad")).select("[role=status]").text()).contains("Tack!");

        AccessRequest ownRequest = pendingFor(own.toLowerCase());
        assertThat(ownRequest.needsCheck()).isFalse();
        assertThat(ownRequest.role()).isEqualTo(Role.EDITOR);
        assertThat(ownRequest.municipalityCode()).isEqualTo(SUNDSVALL);
        assertThat(pendingFor(other).needsCheck()).isTrue();
    }

    @Test
    void oneEmailAddressMayBeNamedThreeTimesADay() throws Exception {
        String email = uniqueEmail("sundsvall.se");
        for (int i = 0; i < 3; i++) {
            mvc.perform(request("Anna", email, SUNDSVALL, "MEMBER")).andExpect(redirectedUrl("/tillgang/skickad"));
        }
        Document refused = page(request("Anna", email, SUNDSVALL, "MEMBER"));
        assertThat(refused.select("#fel").text()).contains("för många förfrågningar", "minuter");
        assertThat(refused.select("[autofocus]")).hasSize(1);
        assertThat(service.pending().stream().filter(r -> r.email().equals(email))).hasSize(3);
    }

    @Test
    void oneClientAddressMaySendFiveAnHour() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(request("Anna", uniqueEmail("sundsvall.se"), SUNDSVALL, "MEMBER"))
                    .andExpect(redirectedUrl("/tillgang/skickad"));
        }
        String sixth = uniqueEmail("sundsvall.se");
        assertThat(page(request("Anna", sixth, SUNDSVALL, "MEMBER")).select("#fel").text())
                .contains("för många förfrågningar");
        assertThat(service.pending()).noneMatch(r -> r.email().equals(sixth));
        // the limit is kept per address (hashed) in the database, where every instance sees it
        assertThat(jdbc.queryForObject("select attempts from access_request_limit where limit_key = ?", Integer.class,
                "address:" + AccessRequestLimits.sha256(address))).isEqualTo(6);
    }

    @Test
    void onlyAdministratorsSeeAndDecideRequests() throws Exception {
        AccessRequest request = submitted("Cecilia Ceder", uniqueEmail("gmail.com"), "MEMBER");
        mvc.perform(get("/admin/tillgang")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/admin/tillgang/" + request.id() + "/godkann").with(csrf()))
                .andExpect(redirectedUrl("/login"));
        for (Role role : new Role[] { Role.MEMBER, Role.EDITOR, Role.ANALYST }) {
            MockHttpSession session = login(role, SUNDSVALL);
            mvc.perform(get("/admin/tillgang").session(session)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/tillgang/" + request.id() + "/godkann").with(csrf()).session(session))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/tillgang/" + request.id() + "/avsla").with(csrf()).session(session))
                    .andExpect(status().isForbidden());
        }
        MockHttpSession admin = login(Role.ADMIN, null);
        mvc.perform(post("/admin/tillgang/" + request.id() + "/godkann").session(admin))
                .andExpect(status().isForbidden()); // no CSRF token
        assertThat(requests.findById(request.id()).orElseThrow().status()).isEqualTo(AccessRequestStatus.PENDING);

        Document list = page(get("/admin/tillgang").session(admin));
        Element card = list.select("article.access-request").stream()
                .filter(a -> a.select("h2").text().equals("Cecilia Ceder")).findFirst().orElseThrow();
        assertThat(card.text()).contains("Sundsvall (2281)", "Medlem", "Kontrollera");
    }

    @Test
    void approvalCreatesTheAccountAndAOneTimeLinkToSetThePassword() throws Exception {
        String email = uniqueEmail("sundsvall.se");
        AccessRequest request = submitted("Dag Dahl", email, "EDITOR");
        MockHttpSession admin = login(Role.ADMIN, null);

        Document approved = page(post("/admin/tillgang/" + request.id() + "/godkann").with(csrf()).session(admin));
        String link = approved.select("#setup-link").attr("href");
        assertThat(link).matches("http://localhost/konto/losenord/[A-Za-z0-9_-]{43}");
        String username = email.substring(0, email.indexOf('@'));
        Account account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.role()).isEqualTo(Role.EDITOR);
        assertThat(account.municipalityCode()).isEqualTo(SUNDSVALL);
        assertThat(account.email()).isEqualTo(email);
        assertThat(approved.text()).contains("Sundsvall (2281)", username);
        assertThat(requests.findById(request.id()).orElseThrow().status()).isEqualTo(AccessRequestStatus.APPROVED);
        assertThat(page(get("/admin/tillgang").session(admin)).text()).doesNotContain("Dag Dahl");
        // a second decision is refused
        mvc.perform(post("/admin/tillgang/" + request.id() + "/avsla").with(csrf()).session(admin))
                .andExpect(redirectedUrl("/admin/tillgang"));
        assertThat(requests.findById(request.id()).orElseThrow().status()).isEqualTo(AccessRequestStatus.APPROVED);

        String path = link.substring("http://localhost".length());
        Document setPassword = page(get(path));
        assertThat(setPassword.select("main").text()).contains(username);
        assertThat(setPassword.select("input[type=password]").eachAttr("autocomplete")).containsOnly("new-password");
        Document mismatch = page(post(path).with(csrf()).param("password", "ett långt lösenord").param("passwordAgain", "annat"));
        assertThat(mismatch.select("#passwordAgain-error").text()).contains("Lösenorden är inte lika.");
        Document tooShort = page(post(path).with(csrf()).param("password", "kort").param("passwordAgain", "kort"));
        assertThat(tooShort.select("#password-error").text()).isNotBlank();
        assertThat(tooShort.select("[autofocus]").attr("id")).isEqualTo("fel");

        mvc.perform(post(path).with(csrf()).param("password", "ett långt lösenord").param("passwordAgain",
                "ett långt lösenord")).andExpect(redirectedUrl("/login"));
        mvc.perform(formLogin("/login").user(username).password("ett långt lösenord")).andExpect(authenticated());
        // used once: the link no longer works
        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(post(path).with(csrf()).param("password", "ett annat långt lösenord").param("passwordAgain",
                "ett annat långt lösenord")).andExpect(status().isNotFound());
        mvc.perform(get("/konto/losenord/" + "A".repeat(43))).andExpect(status().isNotFound());
    }

    @Test
    void anExpiredLinkDoesNotWork() throws Exception {
        AccessRequest request = submitted("Ebba Ek", uniqueEmail("sundsvall.se"), "MEMBER");
        AccessRequestService.Approval approval = service.approve(request.id(), "admin");
        jdbc.update("update account_setup_token set expires_at = ? where user_id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), approval.account().id());
        mvc.perform(get("/konto/losenord/" + approval.setupSecret())).andExpect(status().isNotFound());
    }

    @Test
    void rejectionKeepsTheReasonAndThePurgeDeletesDecidedRequestsAfterThirtyDays() throws Exception {
        AccessRequest rejected = submitted("Fredrik Fors", uniqueEmail("gmail.com"), "MEMBER");
        AccessRequest recent = submitted("Greta Gran", uniqueEmail("gmail.com"), "MEMBER");
        AccessRequest pending = submitted("Hugo Hed", uniqueEmail("gmail.com"), "MEMBER");
        MockHttpSession admin = login(Role.ADMIN, null);
        mvc.perform(post("/admin/tillgang/" + rejected.id() + "/avsla").with(csrf()).session(admin)
                .param("reason", "Inte anställd i kommunen")).andExpect(redirectedUrl("/admin/tillgang"));
        assertThat(requests.findById(rejected.id()).orElseThrow().reason()).isEqualTo("Inte anställd i kommunen");
        service.reject(recent.id(), "admin", null);

        Instant now = Instant.now();
        jdbc.update("update access_request set decided_at = ? where id = ?",
                Timestamp.from(now.minus(31, ChronoUnit.DAYS)), rejected.id());
        jdbc.update("update access_request set decided_at = ? where id = ?",
                Timestamp.from(now.minus(29, ChronoUnit.DAYS)), recent.id());
        jdbc.update("update access_request set created_at = ? where id = ?",
                Timestamp.from(now.minus(31, ChronoUnit.DAYS)), pending.id());
        service.purgeExpired(); // the scheduled entry point, under its ShedLock lock
        assertThat(requests.findById(rejected.id())).isEmpty();
        assertThat(requests.findById(recent.id())).isPresent();
        assertThat(requests.findById(pending.id())).as("undecided: kept 90 days").isPresent();
    }

    @Test
    void thePersonalDataPageNamesTheRequestsAndTheirRetention() throws Exception {
        Document privacy = page(get("/personuppgifter"));
        assertThat(privacy.select("table th[scope=row]").eachText()).anyMatch(t -> t.startsWith("Förfrågningar om tillgång"));
        assertThat(privacy.select("main").text()).contains("30 dagar efter beslutet");
    }

    private AccessRequest submitted(String name, String email, String role) throws Exception {
        mvc.perform(request(name, email, SUNDSVALL, role)).andExpect(redirectedUrl("/tillgang/skickad"));
        return pendingFor(email);
    }

    private AccessRequest pendingFor(String email) {
        return service.pending().stream().filter(r -> r.email().equals(email)).findFirst().orElseThrow();
    }
}
