package se.delbart.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;
import se.delbart.security.AccountService;
import se.delbart.shared.Role;

/**
 * With mail configured (a real SMTP server, GreenMail, in this JVM) approval mails the applicant the one-time link, and
 * the administrator's page does not show it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AccessRequestMailTest {

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
    AccessRequestService requests;

    @Autowired
    AccountService accounts;

    @Test
    void approvalMailsTheLinkInsteadOfShowingIt() throws Exception {
        String local = "mail" + UUID.randomUUID().toString().substring(0, 8);
        AccessRequest request = requests.submit(new AccessRequestService.NewRequest("Ida Ivarsson", local + "@ange.se",
                "2260", Role.MEMBER), "198.51.100.7");
        accounts.createUser("mail-admin-" + local, "Admin", null, "mail-admin-password", Role.ADMIN, null);
        MockHttpSession admin = (MockHttpSession) mvc.perform(formLogin("/login").user("mail-admin-" + local)
                .password("mail-admin-password")).andReturn().getRequest().getSession(false);

        Document approved = Jsoup.parse(mvc.perform(post("/admin/tillgang/" + request.id() + "/godkann").with(csrf())
                .session(admin)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(approved.select("#setup-link")).isEmpty();
        assertThat(approved.select("[role=status]").text()).contains("har skickats till " + local + "@ange.se");

        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(local + "@ange.se");
        assertThat(mail.getSubject()).isEqualTo("Ditt konto på Delbart");
        String body = mail.getContent().toString();
        Matcher link = Pattern.compile("http://localhost(/konto/losenord/[A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).as(body).isTrue();
        assertThat(body).contains("Ditt användarnamn är " + local);
        mvc.perform(get(link.group(1))).andExpect(status().isOk());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
