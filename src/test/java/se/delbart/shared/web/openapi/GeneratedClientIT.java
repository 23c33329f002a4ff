package se.delbart.shared.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import delbart.client.ApiClient;
import delbart.client.ApiException;
import delbart.client.ApiResponse;
import delbart.client.api.AccountsAndTokensApi;
import delbart.client.api.RecommendationsApi;
import delbart.client.api.SearchApi;
import delbart.client.api.SolutionsApi;
import delbart.client.model.CreateTokenRequest;
import delbart.client.model.CreatedToken;
import delbart.client.model.HitView;
import delbart.client.model.Problem;
import delbart.client.model.Recommendations;
import delbart.client.model.SolutionDetails;
import delbart.client.model.SolutionView;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.security.AccountService;
import se.delbart.shared.Role;
import se.delbart.search.SearchTestWords;
import tools.jackson.databind.ObjectMapper;

/**
 * A Java client generated from the committed OpenAPI document (docs/openapi.json; the build's
 * openapi-generator step) drives the running application the way an integrator would: a token, a solution created,
 * published and found, the municipality's recommendations, and a typed problem for a stale If-Match. If the document
 * and the application drift apart, this fails to compile or to run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GeneratedClientIT {

    private static final String PASSWORD = "generated-client-password";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ObjectMapper appJson;

    private ApiClient client(String authorization) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        return client;
    }

    @Test
    void aClientGeneratedFromTheDocumentCreatesPublishesFindsAndRecommends() throws Exception {
        String username = "client-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(username, "Generated client", null, PASSWORD, Role.EDITOR, "2281");
        String basic = Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        CreatedToken token = new AccountsAndTokensApi(client("Basic " + basic))
                .createToken(new CreateTokenRequest().name("generated client"));
        assertThat(token.getToken()).isNotBlank();

        ApiClient api = client("Bearer " + token.getToken());
        SolutionsApi solutions = new SolutionsApi(api);
        String word = SearchTestWords.unique();
        // the catalogue's own test data, as JSON, read into the generated model
        SolutionDetails details = api.getObjectMapper().readValue(
                appJson.writeValueAsString(SolutionFixtures.withSummary(SolutionFixtures.complete("Klient " + word),
                        "Sammanfattning med " + word)), SolutionDetails.class);

        ApiResponse<SolutionView> created = solutions.createSolutionWithHttpInfo(details);
        assertThat(created.getStatusCode()).isEqualTo(201);
        UUID id = created.getData().getId();
        String draftTag = created.getHeaders().get("etag").get(0);
        SolutionView published = solutions.publishSolution(id, draftTag);
        assertThat(published.getLifecycle()).hasToString("PUBLISHED");

        SearchApi search = new SearchApi(api);
        await().atMost(Duration.ofSeconds(20)).until(() -> search.searchSolutions(word, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null).getHits().stream().map(HitView::getId)
                .toList().contains(id));

        Recommendations recommendations = new RecommendationsApi(api).listRecommendations("2281", null);
        assertThat(recommendations.getMunicipality()).isEqualTo("2281");
        assertThat(recommendations.getRecommendations()).allSatisfy(r -> assertThat(r.getReasons()).isNotEmpty());

        ApiException stale = catchThrowableOfType(ApiException.class,
                () -> solutions.updateSolution(id, draftTag, details));
        assertThat(stale.getCode()).isEqualTo(412);
        Problem problem = api.getObjectMapper().readValue(stale.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(412);
        assertThat(problem.getTitle()).isNotBlank();
    }
}
