package se.delbart.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.delbart.catalog.Lifecycle;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;

/**
 * With the settings production uses (a configured public address, secure cookies), links Delbart writes never take the
 * address from the request's Host header, and the language cookie is Secure like the session cookie.
 */
@SpringBootTest(properties = { "delbart.public-url=https://delbart.example.se",
        "server.servlet.session.cookie.secure=true" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PublicAddressTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SolutionCatalog catalog;

    @Test
    void exportLinksUseTheConfiguredAddressNotTheHostHeader() throws Exception {
        UUID id = catalog.createExample(new Actor("public-address", Role.EDITOR, "2260"),
                SolutionFixtures.complete("Adress " + UUID.randomUUID()), Lifecycle.PUBLISHED, Instant.now()).id();

        MvcResult yaml = mvc.perform(get("/api/v1/solutions/{id}/publiccode.yml", id)
                        .header(HttpHeaders.HOST, "evil.example").header("X-Forwarded-Host", "evil.example"))
                .andExpect(status().isOk()).andReturn();
        assertThat(yaml.getResponse().getHeader(HttpHeaders.LINK))
                .startsWith("<https://delbart.example.se/api/v1/solutions/" + id + "/delbart.json>");
        assertThat(yaml.getResponse().getContentAsString())
                .contains("https://delbart.example.se/api/v1/solutions/" + id + "/delbart.json")
                .contains("uri: https://delbart.example.se/kommuner/2260")
                .doesNotContain("evil.example");

        String companion = mvc.perform(get("/api/v1/solutions/{id}/delbart.json", id)
                        .header(HttpHeaders.HOST, "evil.example"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(companion).contains("https://delbart.example.se/losningar/" + id).doesNotContain("evil.example");
    }

    @Test
    void theLanguageCookieIsSecureWhereSessionsAre() throws Exception {
        String cookie = mvc.perform(get("/login").param("lang", "en")).andReturn().getResponse()
                .getHeader(HttpHeaders.SET_COOKIE);
        assertThat(cookie).startsWith("delbart-lang=en").containsIgnoringCase("Secure");
    }
}
