package se.delbart.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;

import jakarta.mail.internet.MimeMessage;
import se.delbart.adoption.AdoptionChanged;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.municipality.Municipalities;
import se.delbart.security.AccountService;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;
import se.delbart.shared.web.Problems;

/**
 * Interest and contact: an interest reaches the publisher's inbox and, with SMTP configured, the solution's contacts
 * by e-mail (a real SMTP server, GreenMail, in this JVM); the thread is for the two municipalities' staff only —
 * over the API (401, 403, 404, 400 as problem+json) and on the pages (login, 403, CSRF).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ContactIntegrationTest {

    private static final String PASSWORD = "contact-test-password";
    /** Municipalities no other test uses, so inbox contents are this test's own. */
    private static final String PUBLISHER = "1060"; // Olofström
    private static final String INTERESTED = "2404"; // Vindeln
    private static final String OTHER = "2305"; // Bräcke

    private static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    SolutionCatalog catalog;

    @Autowired
    Municipalities municipalities;

    @Autowired
    MessageSource messages;

    @Autowired
    ContactProperties properties;

    @Autowired
    InterestNotifier interestNotifier;

    @Autowired
    Notifications notifications;

    private final java.util.Map<String, String> usernames = new java.util.HashMap<>();

    private String usernameOf(String municipality) {
        return usernames.get(municipality);
    }

    private UUID solution;
    private String publisherToken;
    private String interestedToken;
    private String otherToken;

    @BeforeEach
    void setUp() throws Exception {
        Actor publisher = new Actor("contact-test", Role.EDITOR, PUBLISHER);
        solution = catalog.create(publisher, SolutionFixtures.complete("Kontakttest " + UUID.randomUUID())).id();
        catalog.publish(publisher, solution, null);
        publisherToken = token(Role.EDITOR, PUBLISHER);
        interestedToken = token(Role.MEMBER, INTERESTED);
        otherToken = token(Role.EDITOR, OTHER);
    }

    @Test
    void anInterestNotifiesThePublishersInboxAndMailsItsContacts() throws Exception {
        mvc.perform(bearer(post("/api/v1/solutions/{id}/adoptions", solution), interestedToken).content("{}"))
                .andExpect(status().isCreated());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc
                .perform(bearer(get("/api/v1/inbox"), publisherToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notifications[?(@.solutionId == '" + solution + "')].kind").value(hasItem("INTEREST")))
                .andExpect(jsonPath("$.notifications[?(@.solutionId == '" + solution + "')].fromName").value(hasItem("Vindeln"))));
        String inbox = mvc.perform(bearer(get("/api/v1/inbox"), publisherToken)).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(inbox, "$.unread")).isPositive();
        // the interested municipality's inbox did not get it
        mvc.perform(bearer(get("/api/v1/inbox"), interestedToken))
                .andExpect(jsonPath("$.notifications[?(@.solutionId == '" + solution + "')]").isEmpty());

        // the fixture's contact gets an e-mail with a link to the thread
        await().atMost(Duration.ofSeconds(20)).until(() -> mailAbout(solution) != null);
        MimeMessage mail = mailAbout(solution);
        assertThat(mail.getSubject()).startsWith("Delbart: Vindeln är intresserad av");
        assertThat(String.valueOf(mail.getContent())).contains("/losningar/" + solution + "/kontakt/" + INTERESTED);
    }

    @Test
    void theThreadIsForTheTwoMunicipalitiesOnly() throws Exception {
        mvc.perform(bearer(post("/api/v1/solutions/{id}/adoptions", solution), interestedToken).content("{}"))
                .andExpect(status().isCreated());
        String thread = "/api/v1/threads/" + solution + "/" + INTERESTED;

        mvc.perform(bearer(post(thread + "/messages"), interestedToken).content("{\"body\":\"Hur lång tid tog införandet?\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.messages[0].body").value("Hur lång tid tog införandet?"))
                .andExpect(jsonPath("$.messages[0].authorName").value("Vindeln"))
                // the writer by display name, never by username
                .andExpect(jsonPath("$.messages[0].author").value("Contact test"));
        mvc.perform(bearer(post(thread + "/messages"), publisherToken).content("{\"body\":\"Ungefär tre veckor.\"}"))
                .andExpect(status().isCreated());
        // line breaks and tabs are fine in a message, other control characters are not
        mvc.perform(bearer(post(thread + "/messages"), publisherToken).content("{\"body\":\"nul\\u0000 och \\u001b[31m\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        mvc.perform(bearer(get(thread), interestedToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.messages.length()").value(2))
                .andExpect(jsonPath("$.messages[1].authorName").value("Olofström"));
        // a message notifies the other side
        mvc.perform(bearer(get("/api/v1/inbox"), interestedToken))
                .andExpect(jsonPath("$.notifications[?(@.solutionId == '" + solution + "')].kind").value(hasItem("MESSAGE")));

        // anybody else: 403; anonymous: 401; a municipality without an adoption: no such thread (404); empty: 400
        mvc.perform(bearer(get(thread), otherToken)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(Problems.FORBIDDEN.toString()));
        mvc.perform(bearer(post(thread + "/messages"), otherToken).content("{\"body\":\"Hej\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get(thread)).andExpect(status().isUnauthorized());
        mvc.perform(post(thread + "/messages").contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Hej\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(bearer(get("/api/v1/threads/" + solution + "/" + OTHER), publisherToken))
                .andExpect(status().isNotFound());
        mvc.perform(bearer(post(thread + "/messages"), interestedToken).content("{\"body\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        mvc.perform(bearer(get("/api/v1/inbox"), token(Role.ANALYST, null))).andExpect(status().isForbidden());
    }

    @Test
    void theInboxAndThreadPages() throws Exception {
        mvc.perform(bearer(post("/api/v1/solutions/{id}/adoptions", solution), interestedToken).content("{}"))
                .andExpect(status().isCreated());
        MockHttpSession publisher = login(Role.EDITOR, PUBLISHER);
        MockHttpSession interested = login(Role.EDITOR, INTERESTED);
        MockHttpSession other = login(Role.MEMBER, OTHER);
        String thread = "/losningar/" + solution + "/kontakt/" + INTERESTED;

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get("/inkorg").session(publisher))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Vindeln är intresserad av"),
                        containsString("href=\"" + thread + "\""), containsString("olästa)</a>")))));
        // the publisher sees who is interested, with a link to write to them
        mvc.perform(get("/losningar/" + solution).session(publisher))
                .andExpect(content().string(allOf(containsString("Skriv till Vindeln"), containsString("href=\"" + thread + "\""))));

        mvc.perform(get(thread).session(other)).andExpect(status().isForbidden());
        mvc.perform(post(thread).session(other).with(csrf()).param("body", "Hej")).andExpect(status().isForbidden());
        mvc.perform(get(thread)).andExpect(redirectedUrl("/login"));
        mvc.perform(post(thread).session(interested).param("body", "utan token")).andExpect(status().isForbidden());

        mvc.perform(post(thread).session(interested).with(csrf()).param("body", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"body-error\""), containsString("aria-invalid=\"true\""))));
        mvc.perform(post(thread).session(interested).with(csrf()).param("body", "Kan vi ses på en kort genomgång?"))
                .andExpect(redirectedUrl(thread));
        mvc.perform(get(thread).session(publisher))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Kan vi ses på en kort genomgång?"),
                        not(containsString("utan token")))));
    }

    @Test
    void repeatedInterestNotifiesAndMailsOncePerDayAndMessagesLeaveOneUnreadNotification() throws Exception {
        // the listener as it runs after each commit, called directly (synchronously) for every status round trip
        InterestNotifier notifier = org.springframework.test.util.AopTestUtils.getTargetObject(interestNotifier);
        int mailsBefore = SMTP.getReceivedMessages().length;
        for (int i = 0; i < 20; i++) {
            notifier.on(new AdoptionChanged(UUID.randomUUID(), solution, INTERESTED, AdoptionStatus.INTERESTED,
                    Instant.now()));
        }
        mvc.perform(bearer(get("/api/v1/inbox"), publisherToken))
                .andExpect(jsonPath("$.notifications[?(@.solutionId == '" + solution + "' && @.kind == 'INTEREST')]",
                        org.hamcrest.Matchers.hasSize(1)));
        assertThat(java.util.Arrays.stream(SMTP.getReceivedMessages()).skip(mailsBefore)
                .filter(m -> { try { return String.valueOf(m.getContent()).contains(solution.toString()); }
                        catch (Exception e) { return false; } }).count()).isEqualTo(1);

        mvc.perform(bearer(post("/api/v1/solutions/{id}/adoptions", solution), interestedToken).content("{}"))
                .andExpect(status().isCreated());
        String thread = "/api/v1/threads/" + solution + "/" + INTERESTED;
        for (int i = 0; i < 10; i++) {
            mvc.perform(bearer(post(thread + "/messages"), interestedToken).content("{\"body\":\"Hej nr " + i + "\"}"))
                    .andExpect(status().isCreated());
        }
        mvc.perform(bearer(get("/api/v1/inbox"), publisherToken))
                .andExpect(jsonPath("$.notifications[?(@.solutionId == '" + solution + "' && @.kind == 'MESSAGE')]",
                        org.hamcrest.Matchers.hasSize(1)));
    }

    @Test
    void aMunicipalityWritesAtMostTwentyMessagesAnHourInAThread() throws Exception {
        mvc.perform(bearer(post("/api/v1/solutions/{id}/adoptions", solution), interestedToken).content("{}"))
                .andExpect(status().isCreated());
        String thread = "/api/v1/threads/" + solution + "/" + INTERESTED;
        for (int i = 0; i < Threads.MAX_MESSAGES_PER_HOUR; i++) {
            mvc.perform(bearer(post(thread + "/messages"), interestedToken).content("{\"body\":\"Fråga " + i + "\"}"))
                    .andExpect(status().isCreated());
        }
        mvc.perform(bearer(post(thread + "/messages"), interestedToken).content("{\"body\":\"En till\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists(HttpHeaders.RETRY_AFTER))
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        // the other side may still answer
        mvc.perform(bearer(post(thread + "/messages"), publisherToken).content("{\"body\":\"Svar\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void theInboxPagesBeyondItsLatestFifty() throws Exception {
        String recipient = "0180"; // Stockholm: no other test writes to its inbox
        Instant start = Instant.parse("2026-01-01T08:00:00Z");
        for (int i = 0; i < 55; i++) {
            notifications.save(new Notification(recipient, Notification.Kind.MESSAGE, solution, INTERESTED,
                    INTERESTED, start.plusSeconds(i)));
        }
        String token = token(Role.MEMBER, recipient);
        mvc.perform(bearer(get("/api/v1/inbox"), token))
                .andExpect(jsonPath("$.notifications.length()").value(50))
                .andExpect(jsonPath("$.page.number").value(0))
                .andExpect(jsonPath("$.page.totalPages").value(2))
                .andExpect(jsonPath("$.page.totalElements").value(55));
        mvc.perform(bearer(get("/api/v1/inbox").param("page", "1"), token))
                .andExpect(jsonPath("$.notifications.length()").value(5))
                .andExpect(jsonPath("$.unread").value(55));

        org.springframework.mock.web.MockHttpSession session = (org.springframework.mock.web.MockHttpSession) mvc
                .perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                        .formLogin("/login").user(usernameOf(recipient)).password(PASSWORD))
                .andReturn().getRequest().getSession();
        org.jsoup.nodes.Document first = org.jsoup.Jsoup.parse(mvc.perform(get("/inkorg").session(session))
                .andReturn().getResponse().getContentAsString());
        assertThat(first.select("ul.inbox li")).hasSize(50);
        String next = first.select("a[rel=next]").attr("href");
        assertThat(next).isNotBlank();
        org.jsoup.nodes.Document second = org.jsoup.Jsoup.parse(mvc.perform(get(next).session(session))
                .andReturn().getResponse().getContentAsString());
        assertThat(second.select("ul.inbox li")).hasSize(5);
        assertThat(second.select("a[rel=prev]")).isNotEmpty();
    }

    @Test
    void aMailFailureNeverBreaksAnything() {
        JavaMailSenderImpl broken = new JavaMailSenderImpl();
        broken.setHost("127.0.0.1");
        broken.setPort(freePort()); // nothing listens there
        InterestMail mail = new InterestMail(broken, catalog, municipalities, messages, properties);
        assertThatNoException().isThrownBy(() -> mail.send(new AdoptionChanged(UUID.randomUUID(), solution, INTERESTED,
                AdoptionStatus.INTERESTED, Instant.now())));
    }

    private MimeMessage mailAbout(UUID solutionId) throws Exception {
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (String.valueOf(m.getContent()).contains(solutionId.toString())) {
                return m;
            }
        }
        return null;
    }

    private String token(Role role, String municipality) throws Exception {
        String username = "contact-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(username, "Contact test", null, PASSWORD, role, municipality);
        usernames.put(municipality, username);
        String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    private MockHttpSession login(Role role, String municipality) throws Exception {
        String username = "contact-page-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(username, "Contact test", null, PASSWORD, role, municipality);
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andReturn().getRequest().getSession(false);
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
