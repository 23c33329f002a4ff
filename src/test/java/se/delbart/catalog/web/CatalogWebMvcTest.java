package se.delbart.catalog.web;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.AutoConfigureDataJpa;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;
import se.delbart.shared.web.Problems;

/**
 * The MVC slice of the catalogue's read API: request mapping, parameter conversion, ETags, paging shape and problem
 * details. No mocks: the slice runs on the real repositories (in-memory H2 with the migrations); security filters are
 * left out here and tested end to end in {@link CatalogApiIntegrationTest}.
 */
@WebMvcTest(controllers = SolutionApiController.class)
@AutoConfigureMockMvc(addFilters = false)
@AutoConfigureDataJpa
@ActiveProfiles("test")
@Import({ SolutionCatalog.class, Publishers.class, ChangeAuthors.class, CatalogWebMvcTest.Beans.class })
class CatalogWebMvcTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Beans {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        /** Accounts are the security module's; this slice has none to name. */
        @Bean
        se.delbart.security.PublicNames publicNames() {
            return usernames -> java.util.Map.of();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    SolutionCatalog catalog;

    private Solution published(String name) {
        Actor editor = new Actor("webmvc", Role.EDITOR, "2281");
        return catalog.createExample(editor, SolutionFixtures.complete(name), se.delbart.catalog.Lifecycle.PUBLISHED,
                Instant.now());
    }

    @Test
    void aPublishedSolutionComesWithItsETagAndPublisher() throws Exception {
        Solution s = published("Slice " + UUID.randomUUID());
        mvc.perform(get("/api/v1/solutions/{id}", s.id()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("ETag", "\"" + s.version() + "\""))
                .andExpect(jsonPath("$.publisher.name").value("Sundsvall"))
                .andExpect(jsonPath("$.status").value("IN_PRODUCTION"))
                .andExpect(jsonPath("$.example").value(true));
    }

    @Test
    void listsUsePagedModelShapeAndDomainCodes() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        published("Slice " + marker);
        mvc.perform(get("/api/v1/solutions").param("q", marker).param("domain", "utbildning").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].name").value(hasItem("Slice " + marker)))
                .andExpect(jsonPath("$.page.size").value(5))
                .andExpect(jsonPath("$.page.number").value(0))
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.page.totalPages").value(1));
    }

    @Test
    void badParametersAreValidationProblems() throws Exception {
        mvc.perform(get("/api/v1/solutions").param("status", "ALMOST"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.VALIDATION.toString()))
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/v1/solutions/{id}", UUID.randomUUID()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(Problems.NOT_FOUND.toString()))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }
}
