package se.delbart.shared.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Captures the request and response examples of the OpenAPI document from the demo: starts the application with the
 * demo data, calls every API operation as a demo user would, and writes what was sent and answered to
 * {@code src/main/resources/openapi/examples/<operationId>.json} ({@link ApiExamples} attaches them to the document).
 * A file is rewritten when a rerun would not reproduce it ({@link #comparable}: the request, and the shape of each
 * answer), and the capture then fails so that the files are reviewed and committed. Not part of the suite (the name matches no
 * surefire pattern); run it with
 * {@code ./mvnw -q test -Dtest=OpenApiExamplesCapture -Dsurefire.failIfNoSpecifiedTests=false}, then
 * {@code OpenApiDocumentTest} to regenerate docs/openapi.json. {@code OpenApiExamplesTest} names what is missing.
 */
@SpringBootTest(properties = { "delbart.demo.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:api-examples;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OpenApiExamplesCapture {

    static final Path DIRECTORY = Path.of("src/main/resources/openapi/examples");
    private static final String PASSWORD = "delbart-demo";
    private static final String SUNDSVALL = "2281";
    private static final String ANGE = "2260";
    private static final int LIST_ITEMS = 2;
    private static final Pattern UUID_TEXT = Pattern
            .compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern TIME_TEXT = Pattern
            .compile("\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    /** operationId → {"request": …, "responses": {status: body}}, first capture wins. */
    private final Map<String, ObjectNode> captured = new TreeMap<>();
    private final Map<String, String> tokens = new HashMap<>();

    @Test
    void captureFromTheDemo() throws Exception {
        for (String user : List.of("admin", "sundsvall", "ange", "ange-medarbetare", "skr", "sundsvall-portfolj")) {
            JsonNode token = record("createToken", 201, post("/api/v1/tokens").with(httpBasic(user, PASSWORD)),
                    "{\"name\":\"Integration mot ärendesystemet\",\"expiresInDays\":90}");
            tokens.put(user, token.get("token").asString());
        }
        record("createToken", 401, post("/api/v1/tokens").with(httpBasic("sundsvall", "fel-lösenord")),
                "{\"name\":\"Integration mot ärendesystemet\"}");
        record("listTokens", 200, as("sundsvall", get("/api/v1/tokens")), null);
        String spare = send(201, post("/api/v1/tokens").with(httpBasic("sundsvall", PASSWORD)), "{\"name\":\"Test\"}")
                .get("id").asString();
        record("revokeToken", 204, as("sundsvall", delete("/api/v1/tokens/" + spare)), null);

        await().atMost(Duration.ofSeconds(30)).until(() -> send(200, get("/api/v1/search").param("q", "bygglov"), null)
                .path("hits").size() > 0);

        String bygglov = solutionId("Automatisk e-arkivering av avslutade bygglovsärenden");
        String badtemperaturer = solutionId("Badtemperaturer i realtid som öppna data");
        String etjanster = solutionId("Anslutning till länsgemensam e-tjänsteplattform i Västernorrland");
        catalog(bygglov);
        search();
        adoptions(badtemperaturer, etjanster);
        contact(badtemperaturer);
        municipality();
        recommendation();
        insight();
        portfolio(bygglov);
        providers(bygglov);
        paths(bygglov, solutionId("E-tjänst för skolskjutsansökan med automatisk avståndsberäkning"));
        users();
        interop();
        write();
    }

    private void catalog(String bygglov) throws Exception {
        record("listSolutions", 200, get("/api/v1/solutions").param("size", "2"), null);
        JsonNode existing = record("getSolution", 200, get("/api/v1/solutions/" + bygglov), null);
        record("getSolution", 404, get("/api/v1/solutions/6f1c3b0e-2d5a-4c8e-9b7a-1e2f3a4b5c6d"), null);
        record("listSolutionHistory", 200, get("/api/v1/solutions/" + bygglov + "/history"), null);
        record("listSimilarSolutions", 200, get("/api/v1/solutions/" + bygglov + "/similar"), null);
        record("exportDelbartCompanion", 200, get("/api/v1/solutions/" + bygglov + "/delbart.json"), null);

        ObjectNode details = details(existing);
        details.put("name", "Automatisk e-arkivering av avslutade miljöärenden");
        details.put("summary", "Avslutade miljöärenden arkiveras automatiskt i e-arkivet, med samma integration "
                + "som för bygglov.");
        ObjectNode invalid = details.deepCopy();
        invalid.put("name", "");
        invalid.putArray("domains");
        record("createSolution", 400, as("sundsvall", post("/api/v1/solutions")), invalid.toString());
        MvcResult created = perform(201, as("sundsvall", post("/api/v1/solutions")), details.toString());
        remember("createSolution", created);
        String id = body(created).get("id").asString();
        details.put("summary", details.get("summary").asString() + " Även livsmedelskontrollen.");
        record("updateSolution", 428, as("sundsvall", put("/api/v1/solutions/" + id)), details.toString());
        record("updateSolution", 412, as("sundsvall", put("/api/v1/solutions/" + id)).header(HttpHeaders.IF_MATCH,
                "\"7\""), details.toString());
        MvcResult updated = perform(200, as("sundsvall", put("/api/v1/solutions/" + id))
                .header(HttpHeaders.IF_MATCH, created.getResponse().getHeader(HttpHeaders.ETAG)), details.toString());
        remember("updateSolution", updated);
        record("publishSolution", 200, as("sundsvall", post("/api/v1/solutions/" + id + "/publish"))
                .header(HttpHeaders.IF_MATCH, updated.getResponse().getHeader(HttpHeaders.ETAG)), null);
        record("withdrawSolution", 200, as("sundsvall", post("/api/v1/solutions/" + id + "/withdraw")), null);
    }

    /** The editable part of a solution, as a client would send it back. */
    private ObjectNode details(JsonNode solution) {
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        for (String field : List.of("name", "summary", "description", "problem", "initiator", "origin",
                "solutionType", "status", "licence", "domains", "tags", "features", "fit", "effort", "benefit",
                "links", "contacts")) {
            JsonNode value = solution.get(field);
            if (value != null && value.isArray() && !value.isEmpty() && value.get(0).isString()) {
                // sets, served in no fixed order: sorted so that a rerun sends the same
                List<String> items = new ArrayList<>();
                value.forEach(item -> items.add(item.asString()));
                ArrayNode sorted = details.putArray(field);
                items.stream().sorted().forEach(sorted::add);
            }
            else if (value != null && !value.isNull()) {
                details.set(field, value.deepCopy());
            }
        }
        if (details.get("effort") instanceof ObjectNode effort) {
            effort.remove("level"); // derived from the effort, read-only
        }
        return details;
    }

    private void search() throws Exception {
        record("searchSolutions", 200, get("/api/v1/search").param("q", "e-arkiv bygglov").param("size", "2"), null);
        record("searchSolutions", 400, get("/api/v1/search").param("size", "0").param("sort", "sideways"), null);
        record("suggestSearchTerms", 200, get("/api/v1/search/suggest").param("q", "bygg"), null);
    }

    private static final String OFFER = "{\"organisation\":{\"name\":\"Arkivtjänst Norr AB\",\"kind\":\"COMPANY\"},"
            + "\"kinds\":[\"HOSTING\",\"SUPPORT\"],\"audience\":{\"kind\":\"ANY_MUNICIPALITY\"},"
            + "\"contact\":{\"name\":\"Kundtjänst\",\"email\":\"kundtjanst@arkivtjanst.example\"},"
            + "\"since\":\"2025-03-01\",\"note\":\"Drift i svenskt datacenter, support vardagar 8–17.\"}";

    /** Offers on Sundsvall's e-archive solution: Ånge suggests one, Sundsvall confirms and changes it. */
    private void providers(String bygglov) throws Exception {
        String base = "/api/v1/solutions/" + bygglov + "/providers";
        record("listProviders", 200, get(base), null);
        String offer = record("suggestProvider", 201, as("ange", post(base)), OFFER).get("id").asString();
        record("suggestProvider", 400, as("ange", post(base)), "{\"organisation\":{\"name\":\"\"},\"kinds\":[]}");
        MvcResult one = perform(200, get(base + "/" + offer), null);
        remember("getProvider", one);
        MvcResult confirmed = perform(200, as("sundsvall", post(base + "/" + offer + "/confirm"))
                .header(HttpHeaders.IF_MATCH, one.getResponse().getHeader(HttpHeaders.ETAG)), null);
        remember("confirmProvider", confirmed);
        record("updateProvider", 200, as("sundsvall", put(base + "/" + offer))
                .header(HttpHeaders.IF_MATCH, confirmed.getResponse().getHeader(HttpHeaders.ETAG)),
                OFFER.replace("vardagar 8–17", "vardagar 7–18"));
        record("updateProvider", 412, as("sundsvall", put(base + "/" + offer))
                .header(HttpHeaders.IF_MATCH, confirmed.getResponse().getHeader(HttpHeaders.ETAG)), OFFER);
        record("listProviderHistory", 200, get(base + "/" + offer + "/history"), null);
    }

    /**
     * Sundsvall revises its e-archive path; Ånge ticks steps of Örnsköldsvik's school-transport path and proposes
     * changes, which an administrator (for the publisher, who has no demo account) answers and accepts.
     */
    private void paths(String bygglov, String skolskjuts) throws Exception {
        String path = "/api/v1/solutions/" + bygglov + "/path";
        MvcResult got = perform(200, get(path), null);
        remember("getImplementationPath", got);
        JsonNode current = body(got);
        ObjectNode revision = JsonNodeFactory.instance.objectNode();
        revision.set("prerequisites", current.get("prerequisites"));
        ArrayNode steps = revision.putArray("steps");
        for (JsonNode step : current.get("steps")) {
            ObjectNode copy = steps.addObject();
            for (String field : List.of("id", "title", "description", "days", "roles", "providerCanDo")) {
                if (step.has(field) && !step.get(field).isNull()) {
                    copy.set(field, step.get(field));
                }
            }
        }
        ArrayNode decisions = ((ArrayNode) current.get("decisions")).deepCopy();
        decisions.add("Beslut om vem som förvaltar arkivmallarna");
        revision.set("decisions", decisions);
        revision.set("documents", current.get("documents"));
        String etag = got.getResponse().getHeader(HttpHeaders.ETAG);
        record("writeImplementationPath", 200, as("sundsvall", put(path)).header(HttpHeaders.IF_MATCH, etag),
                revision.toString());
        record("writeImplementationPath", 412, as("sundsvall", put(path)).header(HttpHeaders.IF_MATCH, etag),
                revision.toString());
        record("listImplementationPathHistory", 200, get(path + "/history"), null);

        String adoption = null;
        for (JsonNode a : send(200, get("/api/v1/solutions/" + skolskjuts + "/adoptions"), null).get("adoptions")) {
            if ("2260".equals(a.get("municipality").asString())) {
                adoption = a.get("id").asString();
            }
        }
        assertThat(adoption).as("Ånge's demo adoption of the school-transport service").isNotNull();
        String checklist = "/api/v1/adoptions/" + adoption + "/checklist";
        List<String> open = new ArrayList<>();
        for (JsonNode item : record("getAdoptionChecklist", 200, as("ange", get(checklist)), null).get("items")) {
            if (!item.get("done").asBoolean()) {
                open.add(item.get("stepId").asString());
            }
        }
        assertThat(open).hasSizeGreaterThanOrEqualTo(2);
        record("replaceChecklistEntry", 200, as("ange", put(checklist + "/" + open.get(0))),
                "{\"doneOn\":\"2026-11-20\",\"actualDays\":4,\"note\":\"Vi använde kommunens egen mall\"}");
        record("changeChecklistEntry", 200, as("ange", patch(checklist + "/" + open.get(1)))
                .contentType("application/merge-patch+json"), "{\"doneOn\":\"2026-11-27\"}");
        String answered = record("proposeStepChange", 201, as("ange", post(checklist + "/" + open.get(0) + "/proposals")),
                "{\"reportedDays\":6,\"comment\":\"Kartunderlaget tog längre tid än väntat\"}").get("id").asString();
        String accepted = send(201, as("ange", post(checklist + "/" + open.get(1) + "/proposals")),
                "{\"reportedDays\":2,\"comment\":\"Gick fortare med färdiga beslutsmallar\"}").get("id").asString();
        String proposals = "/api/v1/solutions/" + skolskjuts + "/path/proposals/";
        record("listStepProposals", 200, as("admin", get("/api/v1/solutions/" + skolskjuts + "/path/proposals")), null);
        record("answerStepProposal", 200, as("admin", post(proposals + answered + "/answer")),
                "{\"answer\":\"Tack! Vi lägger till en rad om kartunderlaget i steget.\"}");
        record("acceptStepProposal", 200, as("admin", post(proposals + accepted + "/accept")),
                "{\"answer\":\"Stämmer med andra kommuners erfarenhet, vi justerar steget.\"}");
    }

    private void adoptions(String badtemperaturer, String etjanster) throws Exception {
        record("listSolutionAdoptions", 200, get("/api/v1/solutions/" + etjanster + "/adoptions"), null);
        record("getSolutionExperience", 200, get("/api/v1/solutions/" + etjanster + "/experience"), null);
        String adoption = record("recordAdoption", 201,
                as("ange", post("/api/v1/solutions/" + badtemperaturer + "/adoptions")),
                "{\"status\":\"INTERESTED\",\"departments\":[\"Kultur- och fritidsförvaltningen\"]}")
                .get("id").asString();
        record("recordAdoption", 409, as("ange", post("/api/v1/solutions/" + badtemperaturer + "/adoptions")),
                "{\"status\":\"INTERESTED\"}");
        record("getAdoption", 200, get("/api/v1/adoptions/" + adoption), null);
        record("changeAdoption", 200, as("ange", patch("/api/v1/adoptions/" + adoption))
                .contentType("application/merge-patch+json"),
                "{\"status\":\"IMPLEMENTING\",\"adoptedVersion\":\"1.2\",\"reason\":\"Beslut i kultur- och "
                        + "fritidsnämnden\"}");
        record("changeAdoption", 400, as("ange", patch("/api/v1/adoptions/" + adoption))
                .contentType("application/merge-patch+json"), "{\"status\":\"SOMEWHERE\"}");
        record("reportExperience", 200, as("ange-medarbetare", put("/api/v1/adoptions/" + adoption + "/report")),
                "{\"implementationDays\":12,\"adaptationDays\":3,\"adaptations\":\"Egna badplatser i "
                        + "konfigurationen\",\"oneOffCostSek\":15000,\"yearlyCostSek\":2000,\"weeksToFirstValue\":4,"
                        + "\"operationalRating\":4,\"citizenRating\":5,\"supportRating\":4,\"wouldRecommend\":true,"
                        + "\"comment\":\"Sensorerna var enkla att ansluta; invånarna använder sidan hela sommaren.\"}");
        record("getExperienceReport", 200, get("/api/v1/adoptions/" + adoption + "/report"), null);
        record("listExperienceReportHistory", 200, get("/api/v1/adoptions/" + adoption + "/report/history"), null);
    }

    private void contact(String badtemperaturer) throws Exception {
        record("writeMessage", 201, as("ange-medarbetare",
                post("/api/v1/threads/" + badtemperaturer + "/" + ANGE + "/messages")),
                "{\"body\":\"Hej! Vilka sensorer använder ni vid badplatserna, och hur ofta skickar de mätvärden?\"}");
        record("writeMessage", 400, as("ange-medarbetare",
                post("/api/v1/threads/" + badtemperaturer + "/" + ANGE + "/messages")), "{\"body\":\"\"}");
        record("getThread", 200, as("sundsvall", get("/api/v1/threads/" + badtemperaturer + "/" + ANGE)), null);
        record("getInbox", 200, as("sundsvall", get("/api/v1/inbox")), null);
        record("markInboxRead", 204, as("sundsvall", post("/api/v1/inbox/read")), null);
    }

    private void municipality() throws Exception {
        record("listMunicipalities", 200, get("/api/v1/municipalities").param("size", "2"), null);
        record("getMunicipality", 200, get("/api/v1/municipalities/" + SUNDSVALL), null);
        record("getMunicipality", 404, get("/api/v1/municipalities/9999"), null);
        record("listMunicipalityAdoptions", 200, get("/api/v1/municipalities/" + SUNDSVALL + "/adoptions"), null);
        record("getQuestionnaire", 200, get("/api/v1/profile/questionnaire"), null);
        JsonNode profile = record("getProfile", 200, as("sundsvall",
                get("/api/v1/municipalities/" + SUNDSVALL + "/profile")), null);
        ObjectNode save = JsonNodeFactory.instance.objectNode();
        save.set("answers", profile.get("answers"));
        save.put("visibility", "PUBLIC");
        record("saveProfile", 200, as("sundsvall", put("/api/v1/municipalities/" + SUNDSVALL + "/profile")),
                save.toString());
        record("saveProfile", 403, as("ange", put("/api/v1/municipalities/" + SUNDSVALL + "/profile")),
                save.toString());
        record("listProfileHistory", 200, as("sundsvall",
                get("/api/v1/municipalities/" + SUNDSVALL + "/profile/history")), null);
        record("listNeeds", 200, get("/api/v1/municipalities/" + SUNDSVALL + "/needs"), null);
        String need = record("addNeed", 201, as("sundsvall", post("/api/v1/municipalities/" + SUNDSVALL + "/needs")),
                "{\"text\":\"Digital bokning av lokaler och idrottshallar för föreningar\","
                        + "\"domains\":[\"kultur-och-fritid\"]}").get("id").asString();
        record("removeNeed", 204, as("sundsvall",
                delete("/api/v1/municipalities/" + SUNDSVALL + "/needs/" + need)), null);
    }

    private void recommendation() throws Exception {
        record("listRecommendations", 200, get("/api/v1/municipalities/" + SUNDSVALL + "/recommendations")
                .param("size", "2"), null);
    }

    private void insight() throws Exception {
        JsonNode proposals = record("listClusterProposals", 200, as("skr", get("/api/v1/insights/clusters")), null);
        record("listOverlaps", 200, as("skr", get("/api/v1/insights/overlaps")), null);
        record("listOverlaps", 403, as("sundsvall", get("/api/v1/insights/overlaps")), null);
        record("getDiffusion", 200, as("skr", get("/api/v1/insights/diffusion")), null);
        record("getNationalPortfolio", 200, as("skr", get("/api/v1/insights/portfolio")), null);
        record("listScaleCandidates", 200, as("skr", get("/api/v1/insights/scale-candidates")), null);
        record("getSupportByType", 200, as("skr", get("/api/v1/insights/support-by-type")), null);
        record("listUnmetNeeds", 200, as("skr", get("/api/v1/insights/unmet-needs")), null);
        assertThat(proposals.size()).as("the demo has cluster proposals").isPositive();
        ObjectNode save = JsonNodeFactory.instance.objectNode();
        save.put("proposal", proposals.get(0).get("key").asString());
        save.put("name", "Samverkan kring " + proposals.get(0).path("theme").asString("gemensamt behov"));
        save.put("note", "Tas upp på nätverksmötet i januari.");
        String saved = record("saveCluster", 201, as("skr", post("/api/v1/insights/clusters/saved")),
                save.toString()).get("id").asString();
        record("saveCluster", 400, as("skr", post("/api/v1/insights/clusters/saved")),
                "{\"proposal\":\"finns-inte\",\"name\":\"Samverkan\"}");
        record("listSavedClusters", 200, as("skr", get("/api/v1/insights/clusters/saved")), null);
        record("getSavedCluster", 200, as("skr", get("/api/v1/insights/clusters/saved/" + saved)), null);
        record("shareCluster", 200, as("skr", post("/api/v1/insights/clusters/saved/" + saved + "/share")), null);
    }

    private void portfolio(String bygglov) throws Exception {
        String base = "/api/v1/municipalities/" + SUNDSVALL + "/portfolio";
        String manager = "sundsvall-portfolj";
        record("listPortfolioManagers", 200, as("admin", get(base + "/managers")), null);
        record("grantPortfolioManager", 204, as("admin", put(base + "/managers/sundsvall")), null);
        record("revokePortfolioManager", 204, as("admin", delete(base + "/managers/sundsvall")), null);
        MvcResult settings = perform(200, as(manager, get(base + "/settings")), null);
        remember("getPortfolioSettings", settings);
        ObjectNode changed = (ObjectNode) body(settings);
        changed.put("horizonYears", changed.path("horizonYears").asInt(5));
        record("savePortfolioSettings", 200, as(manager, put(base + "/settings"))
                .header(HttpHeaders.IF_MATCH, settings.getResponse().getHeader(HttpHeaders.ETAG)), changed.toString());
        record("getPortfolioBudget", 200, as(manager, get(base + "/budget")), null);
        JsonNode list = record("listInitiatives", 200, as(manager, get(base + "/initiatives")), null);
        String department = changed.path("departments").path(0).asString("Samhällsbyggnadsförvaltningen");
        String body = """
                {"title":"E-arkivering av avslutade miljöärenden","origin":"LOCAL","budget":"UTVECKLING",
                 "departments":["%s"],"solutionId":"%s",
                 "needText":"Avslutade miljöärenden arkiveras i dag för hand",
                 "description":"Återanvänd integrationen från bygglov för miljö- och hälsoskydd."}"""
                .formatted(department, bygglov);
        record("proposeInitiative", 400, as(manager, post(base + "/initiatives")),
                "{\"title\":\" \",\"departments\":[\"Okänd förvaltning\"]}");
        MvcResult proposed = perform(201, as(manager, post(base + "/initiatives")), body);
        remember("proposeInitiative", proposed);
        String id = body(proposed).get("id").asString();
        String at = base + "/initiatives/" + id;
        record("getInitiative", 200, as(manager, get(at)), null);
        MvcResult edited = perform(200, as(manager, put(at)).header(HttpHeaders.IF_MATCH,
                proposed.getResponse().getHeader(HttpHeaders.ETAG)),
                body.replace("för miljö- och hälsoskydd.", "för miljö- och hälsoskydd och livsmedelskontroll."));
        remember("editInitiative", edited);
        record("editInitiative", 412, as(manager, put(at)).header(HttpHeaders.IF_MATCH, "\"9\""), body);
        MvcResult assessed = perform(200, as(manager, put(at + "/department-assessment"))
                .header(HttpHeaders.IF_MATCH, edited.getResponse().getHeader(HttpHeaders.ETAG)), """
                {"scores":{"TIME_SAVED":{"value":3,"note":"Ingen manuell arkivering"},"LESS_ADMIN":{"value":2},
                 "SERVICE_QUALITY":{"value":2},"WORK_ENVIRONMENT":{"value":1}},
                 "oneOffSek":80000,"yearlySek":12000,"internalDays":15,"adaptationDays":5,"adaptationSek":20000,
                 "weeksToValue":8,"risks":"Gallringsreglerna för miljöärenden behöver ses över först."}""");
        remember("assessInitiativeForDepartment", assessed);
        MvcResult valued = perform(200, as(manager, put(at + "/municipality-assessment"))
                .header(HttpHeaders.IF_MATCH, assessed.getResponse().getHeader(HttpHeaders.ETAG)), """
                {"citizenValue":2,"interoperability":4,"standards":3,"scalability":4,"reachDepartments":2,
                 "citizenNote":"Snabbare utlämnande av allmänna handlingar",
                 "inactionNote":"Fortsatt manuell arkivering","inactionSekPerYear":40000}""");
        remember("assessInitiativeForMunicipality", valued);
        record("decideInitiative", 200, as(manager, post(at + "/status"))
                .header(HttpHeaders.IF_MATCH, valued.getResponse().getHeader(HttpHeaders.ETAG)),
                "{\"status\":\"PRIORITISED\",\"motivation\":\"Låg kostnad, integrationen finns redan\"}");
        record("listInitiativeHistory", 200, as(manager, get(at + "/history")), null);
        String other = list.path("content").path(0).path("id").asString();
        record("compareInitiatives", 200, as(manager, get(base + "/compare").param("id", id).param("id", other)),
                null);
    }

    private void users() throws Exception {
        record("listUsers", 200, as("admin", get("/api/v1/users").param("size", "2")), null);
        record("createUser", 400, as("admin", post("/api/v1/users")),
                "{\"username\":\"x\",\"displayName\":\"\",\"role\":\"EDITOR\"}");
        long id = record("createUser", 201, as("admin", post("/api/v1/users")), """
                {"username":"timra-redaktor","displayName":"Redaktör Timrå kommun","email":"redaktor@timra.se",
                 "password":"byt-mig-snart","role":"EDITOR","municipalityCode":"2262"}""").get("id").asLong();
        record("getUser", 200, as("admin", get("/api/v1/users/" + id)), null);
        record("updateUser", 200, as("admin", put("/api/v1/users/" + id)), """
                {"displayName":"Redaktör Timrå kommun","email":"digitalisering@timra.se","role":"EDITOR",
                 "municipalityCode":"2262","enabled":true}""");
        record("resetUserPassword", 204, as("admin", post("/api/v1/users/" + id + "/password")),
                "{\"password\":\"ett-nytt-langt-losenord\"}");
    }

    private void interop() throws Exception {
        String yaml = new String(new ClassPathResource("interop/minimal.yml").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        MvcResult imported = mvc.perform(as("sundsvall", post("/api/v1/interop/publiccode"))
                .contentType("application/yaml").content(yaml)).andReturn();
        assertThat(imported.getResponse().getStatus()).as(imported.getResponse().getContentAsString()).isEqualTo(201);
        entry("importPubliccode").put("request", yaml);
        response("importPubliccode", imported);
        // the same url again updates what the first import created
        MvcResult reimported = mvc.perform(as("sundsvall", post("/api/v1/interop/publiccode"))
                .contentType("application/yaml").content(yaml)).andReturn();
        assertThat(reimported.getResponse().getStatus()).as(reimported.getResponse().getContentAsString())
                .isEqualTo(200);
        response("importPubliccode", reimported);

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("publiccode.yml"));
            out.write(yaml.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        MvcResult started = mvc.perform(as("admin", post("/api/v1/admin/interop/publiccode/bulk")
                .param("municipality", SUNDSVALL).param("dryRun", "true")).contentType("application/zip")
                .content(zip.toByteArray())).andReturn();
        assertThat(started.getResponse().getStatus()).as(started.getResponse().getContentAsString()).isEqualTo(202);
        response("startBulkImport", started);
        String job = body(started).get("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> send(200,
                as("admin", get("/api/v1/admin/interop/publiccode/bulk/" + job)), null).hasNonNull("finishedAt"));
        record("getBulkImport", 200, as("admin", get("/api/v1/admin/interop/publiccode/bulk/" + job)), null);
        record("startReindex", 202, as("admin", post("/api/v1/admin/search/reindex")), null);
        await().atMost(Duration.ofSeconds(30)).until(() -> !"RUNNING".equals(send(200,
                as("admin", get("/api/v1/admin/search/reindex")), null).path("state").asString()));
        record("getReindexStatus", 200, as("admin", get("/api/v1/admin/search/reindex")), null);
    }

    // --- calls ----------------------------------------------------------------------------------------------------

    private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.get(user));
    }

    private String solutionId(String name) throws Exception {
        JsonNode page = send(200, get("/api/v1/solutions").param("size", "100"), null);
        for (JsonNode solution : page.get("content")) {
            if (name.equals(solution.get("name").asString())) {
                return solution.get("id").asString();
            }
        }
        throw new AssertionError("no demo solution named " + name);
    }

    /** Sends, expects the status, records the request and answer under the operation and returns the answer. */
    private JsonNode record(String operationId, int status, MockHttpServletRequestBuilder request, String body)
            throws Exception {
        MvcResult result = perform(status, request, body);
        remember(operationId, result);
        return body(result);
    }

    private JsonNode send(int status, MockHttpServletRequestBuilder request, String body) throws Exception {
        return body(perform(status, request, body));
    }

    private MvcResult perform(int status, MockHttpServletRequestBuilder request, String body) throws Exception {
        if (body != null) {
            request.content(body);
        }
        MvcResult result = mvc.perform(request.with(r -> {
            if (r.getContentType() == null && r.getContentLength() > 0) {
                r.setContentType(MediaType.APPLICATION_JSON_VALUE);
            }
            return r;
        })).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getRequest().getMethod() + " "
                + result.getRequest().getRequestURI() + ": " + result.getResponse().getContentAsString())
                .isEqualTo(status);
        return result;
    }

    private void remember(String operationId, MvcResult result) throws Exception {
        ObjectNode entry = entry(operationId);
        byte[] sent = result.getRequest().getContentAsByteArray();
        boolean success = result.getResponse().getStatus() < 300;
        if (success && sent != null && sent.length > 0 && !entry.has("request")) {
            entry.set("request", json.readTree(new String(sent, StandardCharsets.UTF_8)));
        }
        response(operationId, result);
    }

    private void response(String operationId, MvcResult result) throws Exception {
        ObjectNode responses = (ObjectNode) entry(operationId).get("responses");
        String status = Integer.toString(result.getResponse().getStatus());
        JsonNode body = body(result);
        if (body != null && !responses.has(status)) {
            responses.set(status, trimmed(body));
        }
    }

    private ObjectNode entry(String operationId) {
        return captured.computeIfAbsent(operationId, id -> {
            ObjectNode entry = JsonNodeFactory.instance.objectNode();
            entry.putObject("responses");
            return entry;
        });
    }

    private JsonNode body(MvcResult result) throws Exception {
        String type = result.getResponse().getContentType();
        byte[] bytes = result.getResponse().getContentAsByteArray();
        if (type == null || bytes.length == 0 || !MediaType.parseMediaType(type).getSubtype().matches("json|.*\\+json")) {
            return null;
        }
        return json.readTree(new String(bytes, StandardCharsets.UTF_8));
    }

    /** Long lists cut to their first items, so that an example stays readable. */
    private static JsonNode trimmed(JsonNode node) {
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < Math.min(LIST_ITEMS, node.size()); i++) {
                copy.add(trimmed(node.get(i)));
            }
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(field -> copy.set(field.getKey(), trimmed(field.getValue())));
            return copy;
        }
        return node;
    }

    // --- files ----------------------------------------------------------------------------------------------------

    private void write() throws IOException {
        Files.createDirectories(DIRECTORY);
        List<String> rewritten = new ArrayList<>();
        for (Map.Entry<String, ObjectNode> entry : captured.entrySet()) {
            if (!entry.getValue().has("request") && entry.getValue().get("responses").isEmpty()) {
                continue; // nothing but an empty answer
            }
            ObjectNode ordered = JsonNodeFactory.instance.objectNode();
            if (entry.getValue().has("request")) {
                ordered.set("request", entry.getValue().get("request"));
            }
            ObjectNode responses = ordered.putObject("responses");
            new TreeMap<>(toMap(entry.getValue().get("responses"))).forEach(responses::set);
            String text = json.writerWithDefaultPrettyPrinter().writeValueAsString(ordered) + "\n";
            Path file = DIRECTORY.resolve(entry.getKey() + ".json");
            String before = Files.exists(file) ? Files.readString(file) : null;
            if (before == null || !comparable(json.readTree(before)).equals(comparable(ordered))) {
                Files.writeString(file, text);
                rewritten.add(file.getFileName().toString());
            }
        }
        assertThat(rewritten).as("examples captured from the demo differ from the committed ones and have been "
                + "rewritten in " + DIRECTORY + ": review and commit them, then run OpenApiDocumentTest").isEmpty();
    }

    private static Map<String, JsonNode> toMap(JsonNode object) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        object.properties().forEach(field -> map.put(field.getKey(), field.getValue()));
        return map;
    }

    /**
     * What a rerun must reproduce for a file to stay as it is: the request as sent, ids, times and token secrets
     * aside, and the shape of each answer (its statuses, members and their JSON types). The values in answers are
     * not compared: search scores, similar solutions and the order of sets and field errors differ from run to run.
     */
    static JsonNode comparable(JsonNode example) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        if (example.has("request")) {
            copy.set("request", normalised(example.get("request")));
        }
        ObjectNode responses = copy.putObject("responses");
        example.path("responses").properties().forEach(r -> responses.set(r.getKey(), shape(r.getValue())));
        return copy;
    }

    /** The value with ids, times and token secrets blanked out. */
    static JsonNode normalised(JsonNode node) {
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(normalised(item)));
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(field -> copy.set(field.getKey(), field.getKey().equals("token")
                    ? JsonNodeFactory.instance.stringNode("<secret>") : normalised(field.getValue())));
            return copy;
        }
        if (node.isString()) {
            String text = UUID_TEXT.matcher(node.asString()).replaceAll("<uuid>");
            return JsonNodeFactory.instance.stringNode(TIME_TEXT.matcher(text).replaceAll("<time>"));
        }
        return node;
    }

    /** Members (sorted) and JSON types; the items of an array merged into one. */
    static JsonNode shape(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            new TreeMap<>(toMap(node)).forEach((name, value) -> copy.set(name, shape(value)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            JsonNode merged = null;
            for (JsonNode item : node) {
                merged = merged == null ? shape(item) : merge(merged, shape(item));
            }
            if (merged != null) {
                copy.add(merged);
            }
            return copy;
        }
        return JsonNodeFactory.instance.stringNode(node.getNodeType().name());
    }

    private static JsonNode merge(JsonNode a, JsonNode b) {
        if (a.isObject() && b.isObject()) {
            ObjectNode merged = JsonNodeFactory.instance.objectNode();
            TreeMap<String, JsonNode> fields = new TreeMap<>(toMap(a));
            toMap(b).forEach((name, value) -> fields.merge(name, value, OpenApiExamplesCapture::merge));
            fields.forEach(merged::set);
            return merged;
        }
        if (a.isArray() && b.isArray()) {
            return a.isEmpty() ? b
                    : b.isEmpty() ? a : JsonNodeFactory.instance.arrayNode().add(merge(a.get(0), b.get(0)));
        }
        return a.isString() && a.asString().equals("NULL") ? b : a;
    }
}
