package se.delbart.interop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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

import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.interop.Assets;
import se.delbart.interop.PubliccodeReader;
import se.delbart.interop.PubliccodeValidation;
import se.delbart.interop.YamlLimits;
import se.delbart.security.AccountService;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;

/** publiccode.yml over the REST API, with the real security chain, database and catalogue. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class InteropApiIntegrationTest {

    private static final String PASSWORD = "interop-test-password";
    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    SolutionCatalog catalog;

    /** One editor for the whole class: the user table is shared by every test in the JVM. */
    private static String editor;

    @BeforeEach
    void setUp() throws Exception {
        if (editor == null) {
            editor = token(Role.EDITOR, "2260");
        }
    }

    private String token(Role role, String municipality) throws Exception {
        // "publiccode-…" sorts after the names ApiSecurityTests looks for on the first page of the user list
        String username = "publiccode-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(username, "Interop test", null, PASSWORD, role, municipality);
        String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    private static String fixture(String name) throws IOException {
        try (var in = InteropApiIntegrationTest.class.getResourceAsStream("/interop/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void importNeedsAnEditor() throws Exception {
        mvc.perform(post("/api/v1/interop/publiccode").contentType(YAML).content(fixture("minimal.yml")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(bearer(post("/api/v1/interop/publiccode?dryRun=true"), token(Role.MEMBER, "2260"))
                        .contentType(YAML).content(fixture("minimal.yml")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(bearer(post("/api/v1/interop/publiccode"), token(Role.ANALYST, null))
                        .contentType(YAML).content(fixture("minimal.yml")))
                .andExpect(status().isForbidden());
        mvc.perform(bearer(post("/api/v1/interop/publiccode"), editor).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void aDryRunMapsWithoutSaving() throws Exception {
        long before = catalog.countAll();
        mvc.perform(bearer(post("/api/v1/interop/publiccode?dryRun=true"), editor).contentType(YAML).content(fixture("full.yml")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.solutionId").doesNotExist())
                .andExpect(jsonPath("$.draft.language").value("sv"))
                .andExpect(jsonPath("$.draft.details.name").value("Hemtjänstplaneraren"))
                .andExpect(jsonPath("$.draft.details.summary").value(startsWith("Planerar besök i hemtjänsten")))
                .andExpect(jsonPath("$.draft.details.solutionType").value("INTEGRATION"))
                .andExpect(jsonPath("$.draft.details.status").value("PILOT"))
                .andExpect(jsonPath("$.draft.details.domains").value(hasItem("individ-och-familjeomsorg")))
                .andExpect(jsonPath("$.draft.details.domains").value(hasItem("vard-och-omsorg")))
                .andExpect(jsonPath("$.draft.details.tags").value(hasItem("resource-management")))
                .andExpect(jsonPath("$.draft.details.licence").value("MIT OR Apache-2.0"))
                .andExpect(jsonPath("$.draft.details.links.website").value("https://exempelkommun.se/hemtjanstplaneraren"))
                .andExpect(jsonPath("$.draft.details.contacts[0].role").value("Digitaliseringsenheten"))
                .andExpect(jsonPath("$.draft.details.fit.dependencies").value(hasItem("PostgreSQL (>= 14)")))
                .andExpect(jsonPath("$.draft.usedBy[1]").value("Grannkommun"))
                .andExpect(jsonPath("$.warnings[*].path").value(hasItem("publiccodeYmlVersion")))
                .andExpect(jsonPath("$.warnings[*].path").value(hasItem("usedBy")));
        assertThat(catalog.countAll()).isEqualTo(before);
    }

    @Test
    void anImportCreatesADraftOfTheEditorsMunicipalityAndUsedByIsNoAdoption() throws Exception {
        String file = ImportPageTest.withUniqueUrl(fixture("full.yml"));
        String location = mvc.perform(bearer(post("/api/v1/interop/publiccode"), editor).contentType(YAML).content(file))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.dryRun").value(false))
                .andExpect(jsonPath("$.updated").value(false))
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        // the same file again updates that draft
        mvc.perform(bearer(post("/api/v1/interop/publiccode"), editor).contentType(YAML).content(file))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(true))
                .andExpect(header().string(HttpHeaders.CONTENT_LOCATION, location));
        assertThat(location).contains("/api/v1/solutions/");
        mvc.perform(bearer(get(location), editor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lifecycle").value("DRAFT"))
                .andExpect(jsonPath("$.publisher.kommunkod").value("2260"))
                .andExpect(jsonPath("$.name").value("Hemtjänstplaneraren"))
                .andExpect(jsonPath("$.fit.idealTypes").isEmpty())
                .andExpect(jsonPath("$.effort.implementationDays").doesNotExist());
        mvc.perform(bearer(get(location + "/delbart.json"), editor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.adoptions.IN_PRODUCTION").value(0))
                .andExpect(jsonPath("$.importedFromPubliccode.usedByUnverified[0]").value("Exempelkommun"));
        // the draft is not public
        mvc.perform(get(location + "/publiccode.yml")).andExpect(status().isNotFound());
        // and its export gives usedBy and platforms back
        String yaml = mvc.perform(bearer(get(location + "/publiccode.yml"), editor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(yaml).contains("- Grannkommun").contains("- android");
    }

    @Test
    void anInvalidFileIs422WithEveryErrorAndItsPosition() throws Exception {
        String broken = fixture("minimal.yml").replace("developmentStatus: stable", "developmentStatus: klar")
                .replace("  license: EUPL-1.2", "  license: Egen licens");
        mvc.perform(bearer(post("/api/v1/interop/publiccode"), editor).contentType(YAML).content(broken))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://delbart.se/problems/invalid-publiccode"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].path").value("developmentStatus"))
                .andExpect(jsonPath("$.errors[0].line").value(6))
                .andExpect(jsonPath("$.errors[0].column").value(1))
                .andExpect(jsonPath("$.errors[1].path").value("legal.license"))
                .andExpect(jsonPath("$.errors[1].line").value(19))
                .andExpect(jsonPath("$.errors[1].column").value(3));
        // valid publiccode.yml, but Delbart needs a name of at least three characters
        mvc.perform(bearer(post("/api/v1/interop/publiccode"), editor).contentType(YAML)
                        .content(fixture("minimal.yml").replace("name: Bygglovskollen", "name: AB")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].path").value("name"))
                .andExpect(jsonPath("$.errors[0].line").value(2));
    }

    @Test
    void hostileYamlIsRefusedQuickly() throws Exception {
        StringBuilder bomb = new StringBuilder("a0: &a0 [\"lol\"]\n");
        for (int level = 1; bomb.length() < 1_000_000; level++) {
            bomb.append("a").append(level).append(": &a").append(level).append(" [*a").append(level - 1)
                    .append(", *a").append(level - 1).append(", *a").append(level - 1).append("]\n");
        }
        long start = System.nanoTime();
        mvc.perform(bearer(post("/api/v1/interop/publiccode"), editor).contentType(YAML).content(bomb.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("aliases")));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));

        byte[] huge = new byte[YamlLimits.DEFAULTS.maxBytes() + 10];
        java.util.Arrays.fill(huge, (byte) 'a');
        mvc.perform(bearer(post("/api/v1/interop/publiccode"), editor).contentType(YAML).content(huge))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aPublishedSolutionExportsToAValidFileWithItsCompanionLinked() throws Exception {
        Actor sundsvall = new Actor("interop-export", Role.EDITOR, "2281");
        UUID id = catalog.create(sundsvall, SolutionFixtures.complete("Exporterad lösning")).id();
        catalog.publish(sundsvall, id, null);

        var response = mvc.perform(get("/api/v1/solutions/{id}/publiccode.yml", id))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(YAML))
                .andExpect(header().string(HttpHeaders.LINK, org.hamcrest.Matchers.containsString("/api/v1/solutions/" + id + "/delbart.json")))
                .andReturn().getResponse();
        byte[] yaml = response.getContentAsByteArray();
        PubliccodeValidation validation = new PubliccodeReader(YamlLimits.DEFAULTS).validate(yaml, Assets.NONE);
        assertThat(validation.findings()).isEmpty();
        assertThat(new String(yaml, StandardCharsets.UTF_8)).contains("name: Exporterad lösning")
                .doesNotContainPattern("(?m)^\\s*(fit|effort|benefit|idealTypes|adoptions):");

        mvc.perform(get("/api/v1/solutions/{id}/delbart.json", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.publiccode").value(org.hamcrest.Matchers.endsWith("/api/v1/solutions/" + id + "/publiccode.yml")))
                .andExpect(jsonPath("$.fit.competenceNeeded").exists())
                .andExpect(jsonPath("$.effort.implementationDays.max").exists())
                .andExpect(jsonPath("$.adoptions.INTERESTED").value(0));
        mvc.perform(get("/api/v1/solutions/{id}/publiccode.yml", UUID.randomUUID())).andExpect(status().isNotFound());
    }

    @Test
    void adminsBulkImportAZipWithAReportPerFile() throws Exception {
        byte[] zip = zip(Map.of(
                "bygglov/publiccode.yml", fixture("minimal.yml").replace("platforms:", "logo: img/logo.png\nplatforms:"),
                "bygglov/img/logo.png", "\u0089PNG\r\n\u001a\n....",
                "hemtjanst/publiccode.yml", fixture("full.yml"),
                "trasig/publiccode.yml", fixture("minimal.yml").replace("softwareType: \"standalone/web\"", "softwareType: app"),
                "README.md", "# not a publiccode"));

        mvc.perform(bearer(post("/api/v1/admin/interop/publiccode/bulk?municipality=2281"), editor)
                        .contentType("application/zip").content(zip))
                .andExpect(status().isForbidden());
        // the first admin of the test profile: another ADMIN account would break tests that need "admin" to be the last one
        String admin = JsonPath.read(mvc.perform(post("/api/v1/tokens").with(httpBasic("admin", "admin-test-password")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.token");
        mvc.perform(bearer(post("/api/v1/admin/interop/publiccode/bulk?municipality=9999"), admin)
                        .contentType("application/zip").content(zip))
                .andExpect(status().isNotFound());
        mvc.perform(bearer(post("/api/v1/admin/interop/publiccode/bulk?municipality=2281"), admin)
                        .contentType("application/zip").content("inte en zip".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest());

        String location = mvc.perform(bearer(post("/api/v1/admin/interop/publiccode/bulk?municipality=2281"), admin)
                        .contentType("application/zip").content(zip))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.total").value(3))
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(bearer(get(location), admin))
                .andExpect(jsonPath("$.status").value("DONE")));
        String report = mvc.perform(bearer(get(location), admin))
                .andExpect(jsonPath("$.processed").value(3))
                .andExpect(jsonPath("$.imported").value(2))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.files[2].file").value("trasig/publiccode.yml"))
                .andExpect(jsonPath("$.files[2].outcome").value("REJECTED"))
                .andExpect(jsonPath("$.files[2].errors[0].path").value("softwareType"))
                .andExpect(jsonPath("$.files[2].errors[0].line").value(7))
                .andReturn().getResponse().getContentAsString();
        String imported = JsonPath.read(report, "$.files[0].solutionId");
        mvc.perform(bearer(get("/api/v1/solutions/{id}", imported), admin))
                .andExpect(jsonPath("$.publisher.kommunkod").value("2281"))
                .andExpect(jsonPath("$.lifecycle").value("DRAFT"));
        mvc.perform(get(location)).andExpect(status().isUnauthorized());
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : new java.util.TreeMap<>(files).entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(file.getKey().endsWith(".png") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
