package se.delbart.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import se.delbart.catalog.SolutionFixtures;
import se.delbart.search.SwedishAnalysis;
import se.delbart.security.AccessTokenService;
import se.delbart.security.AccountService;
import se.delbart.shared.Role;
import se.delbart.testsupport.TestWords;
import tools.jackson.databind.ObjectMapper;

/**
 * Publishing while the embedded index's disk is full (every write to the index directory fails): the API answers as
 * usual and the database holds the change, the index error is logged, searches keep answering from the last commit,
 * and once the disk works again the event registry's retry brings the change into the index.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:fulldisk;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "delbart.search.repair-interval=PT2S", "delbart.search.repair-min-age=PT1S" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FullIndexDiskPublishingTest {

    static final LuceneIndexDiskFailureTest.FullDisk DISK = new LuceneIndexDiskFailureTest.FullDisk();

    @TestBean(name = "solutionSearch")
    LuceneSolutionSearch solutionSearch;

    static LuceneSolutionSearch solutionSearch() {
        try {
            Path directory = Files.createTempDirectory("delbart-full-disk");
            return new LuceneSolutionSearch(directory, SwedishAnalysis.SCHEMA_VERSION, DISK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AccessTokenService tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Test
    void publishingSucceedsWhileTheIndexDiskIsFullAndTheChangeArrivesWhenItWorksAgain(CapturedOutput output)
            throws Exception {
        String editor = "full-disk-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(editor, "Redaktör", null, "full-disk-password", Role.EDITOR, "2260");
        String token = "Bearer " + tokens.issue(editor, "full-disk", 1).token();
        String before = word();
        String during = word();

        String earlier = publish(token, before);
        awaitFound(before, earlier);

        DISK.full.set(true);
        try {
            String id = publish(token, during);
            mvc.perform(get("/api/v1/solutions/" + id)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.lifecycle").value("PUBLISHED"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                    output.getOut().contains("cannot be written") && output.getOut().contains(id));
            assertThat(incompletePublications()).as("the failed index update stays in the event registry").isPositive();
            mvc.perform(get("/api/v1/search").param("q", during)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.page.totalElements").value(0));
            mvc.perform(get("/api/v1/search").param("q", before)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.hits[0].id").value(earlier));
        } finally {
            DISK.full.set(false);
        }
        String id = JsonPath.read(mvc.perform(get("/api/v1/search").param("q", before)).andReturn().getResponse()
                .getContentAsString(), "$.hits[0].id");
        assertThat(id).isEqualTo(earlier);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                mvc.perform(get("/api/v1/search").param("q", during)).andExpect(status().isOk())
                        .andExpect(jsonPath("$.page.totalElements").value(1)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> incompletePublications() == 0);
    }

    private String publish(String token, String word) throws Exception {
        String body = mvc.perform(post("/api/v1/solutions").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(SolutionFixtures.complete("Fulldisk " + word))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(post("/api/v1/solutions/" + id + "/publish").header("Authorization", token))
                .andExpect(status().isOk());
        return id;
    }

    private void awaitFound(String word, String id) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                mvc.perform(get("/api/v1/search").param("q", word)).andExpect(status().isOk())
                        .andExpect(jsonPath("$.hits[0].id").value(id)));
    }

    private long incompletePublications() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL", Long.class);
    }

    /** A made-up word that matches nothing else. */
    private static String word() {
        return TestWords.unique("zq", 6, "disk");
    }
}
