package se.delbart.hardening;

import se.delbart.portfolio.BudgetKind;
import se.delbart.catalog.Origin;
import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.catalog.Lifecycle;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.profile.Profiles;
import se.delbart.security.AccessTokenService;
import se.delbart.security.AccountService;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;
import se.delbart.testsupport.OpenApiResponseValidation;
import tools.jackson.databind.ObjectMapper;
import se.delbart.portfolio.Portfolio;
import se.delbart.portfolio.InitiativeDetails;
import se.delbart.portfolio.DepartmentAssessment;


/**
 * ASVS V4 access-control matrix: every write endpoint of the API (POST, PUT, PATCH, DELETE under {@code /api/},
 * discovered from Spring MVC's handler mappings) × caller (anonymous, MEMBER, EDITOR, ANALYST, ADMIN) × the target
 * belonging to the caller's own municipality or to another one. Every cell has its expected status, and every cell
 * gets a fresh target, so an allowed write in one cell cannot change the outcome of the next.
 *
 * <p>An endpoint that is added without a row here fails {@link #everyWriteEndpointHasARow()}: its access rules have
 * to be decided, not inherited by accident.
 *
 * <p>Callers: MEMBER and EDITOR work for {@value #OWN}; "own" targets belong to {@value #OWN}, "other" targets to
 * {@value #OTHER}. ANALYST and ADMIN belong to no municipality and act on {@value #OTHER}'s targets; anonymous
 * callers on {@value #OWN}'s. Solutions that are adopted in a target belong to {@value #THIRD}.
 */
// its own in-memory database: it creates admins and accounts that other test classes count
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.datasource.url=jdbc:h2:mem:accessmatrix;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class AccessControlMatrixTest {

    static final String OWN = "2260";
    static final String OTHER = "2281";
    static final String THIRD = "2262";
    private static final String PASSWORD = "matrix-test-password";

    /** The columns of the matrix. */
    enum Cell {
        ANONYMOUS(null, OWN), MEMBER_OWN(Role.MEMBER, OWN), MEMBER_OTHER(Role.MEMBER, OTHER),
        EDITOR_OWN(Role.EDITOR, OWN), EDITOR_OTHER(Role.EDITOR, OTHER), ANALYST(Role.ANALYST, OTHER),
        ADMIN(Role.ADMIN, OTHER);

        final Role role;
        /** The municipality the target belongs to. */
        final String target;

        Cell(Role role, String target) {
            this.role = role;
            this.target = target;
        }

        boolean own() {
            return this == MEMBER_OWN || this == EDITOR_OWN;
        }
    }

    /** What one cell sends: path (with query), body and its content type. */
    record Call(String path, byte[] body, String contentType) {
        static Call json(String path, String body) {
            return new Call(path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), "application/json");
        }
    }

    /** One row: the endpoint, how to make a fresh target for a cell, and the expected status per column. */
    record Row(String endpoint, Function<Cell, Call> call, Map<Cell, Integer> expected) {
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    AccountService accounts;

    @Autowired
    AccessTokenService tokens;

    @Autowired
    SolutionCatalog catalog;

    @Autowired
    AdoptionRegistry adoptions;

    @Autowired
    Profiles profiles;

    @Autowired
    ObjectMapper json;

    @Autowired
    Portfolio portfolioService;

    @Autowired
    se.delbart.provider.ProviderOffers providerOffers;

    @Autowired
    se.delbart.path.ImplementationPaths paths;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final Map<Role, String> usernames = new EnumMap<>(Role.class);
    private final Map<Role, String> bearer = new EnumMap<>(Role.class);
    private String otherEditor;
    private final Map<String, Actor> editors = new LinkedHashMap<>();
    private int counter;

    private void accountsAndTokens() {
        for (Role role : Role.values()) {
            String username = "matrix-" + role.name().toLowerCase(Locale.ROOT) + "-" + suffix;
            accounts.createUser(username, "Matris " + role, null, PASSWORD, role, role.belongsToMunicipality() ? OWN : null);
            usernames.put(role, username);
            bearer.put(role, tokens.issue(username, "matrix", 1).token());
        }
        otherEditor = "matrix-other-editor-" + suffix;
        accounts.createUser(otherEditor, "Annan redaktör", null, PASSWORD, Role.EDITOR, OTHER);
        for (String code : List.of(OWN, OTHER, THIRD)) {
            editors.put(code, new Actor("matrix-seed-" + code, Role.EDITOR, code));
        }
    }

    // --- the matrix -----------------------------------------------------------------------------------------------

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        //                                                                              anon  member     editor     analyst admin
        //                                                                                    own  other own  other
        rows.add(row("POST /api/v1/solutions", c -> Call.json("/api/v1/solutions", solutionBody()),
                401, 403, 403, 201, 201, 403, 403));
        // published solutions are visible to all: another municipality's is refused with 403
        rows.add(row("PUT /api/v1/solutions/{id}", c -> Call.json("/api/v1/solutions/" + published(c.target), solutionBody()),
                401, 403, 403, 200, 403, 403, 200));
        // drafts are invisible outside their municipality: 404, so that their existence is not revealed
        rows.add(row("POST /api/v1/solutions/{id}/publish", c -> Call.json("/api/v1/solutions/" + draft(c.target) + "/publish", null),
                401, 403, 404, 200, 404, 404, 200));
        rows.add(row("POST /api/v1/solutions/{id}/withdraw", c -> Call.json("/api/v1/solutions/" + published(c.target) + "/withdraw", null),
                401, 403, 403, 200, 403, 403, 200));
        // the adopter is always the caller's municipality; "own" = adopting a solution of one's own municipality (409)
        rows.add(row("POST /api/v1/solutions/{solutionId}/adoptions",
                c -> Call.json("/api/v1/solutions/" + published(c.target) + "/adoptions", "{\"status\":\"INTERESTED\"}"),
                401, 409, 201, 409, 201, 403, 403));
        rows.add(row("PATCH /api/v1/adoptions/{id}",
                c -> Call.json("/api/v1/adoptions/" + adoption(c.target, AdoptionStatus.INTERESTED), "{\"status\":\"PLANNING\"}"),
                401, 200, 403, 200, 403, 403, 403));
        rows.add(row("PUT /api/v1/adoptions/{id}/report",
                c -> Call.json("/api/v1/adoptions/" + adoption(c.target, AdoptionStatus.IMPLEMENTING) + "/report", experienceBody()),
                401, 200, 403, 200, 403, 403, 403));
        // the caller's own inbox: no target
        rows.add(row("POST /api/v1/inbox/read", c -> Call.json("/api/v1/inbox/read", null),
                401, 204, 204, 204, 204, 403, 403));
        // a thread between THIRD (publisher) and the target municipality (interested)
        rows.add(row("POST /api/v1/threads/{solutionId}/{kommunkod}/messages", c -> {
            UUID solution = published(THIRD);
            adoptions.record(new Actor("matrix-seed-adopter", Role.EDITOR, c.target), solution, null, null, null);
            return Call.json("/api/v1/threads/" + solution + "/" + c.target + "/messages", "{\"body\":\"Hej, hur gick det?\"}");
        }, 401, 201, 403, 201, 403, 403, 403));
        // imports a draft into the caller's own municipality: only editors
        rows.add(row("POST /api/v1/interop/publiccode", c -> new Call("/api/v1/interop/publiccode",
                publiccode().getBytes(StandardCharsets.UTF_8), "application/yaml"),
                401, 403, 403, 201, 201, 403, 403));
        rows.add(row("POST /api/v1/admin/interop/publiccode/bulk", c -> new Call(
                "/api/v1/admin/interop/publiccode/bulk?dryRun=true&municipality=" + c.target, zip(), "application/zip"),
                401, 403, 403, 403, 403, 403, 202));
        rows.add(row("POST /api/v1/admin/search/reindex", c -> Call.json("/api/v1/admin/search/reindex", null),
                401, 403, 403, 403, 403, 403, 202));
        rows.add(row("PUT /api/v1/municipalities/{kommunkod}/profile",
                c -> Call.json("/api/v1/municipalities/" + c.target + "/profile", "{\"answers\":{},\"visibility\":\"PUBLIC\"}"),
                401, 200, 403, 200, 403, 403, 200));
        rows.add(row("POST /api/v1/municipalities/{kommunkod}/needs",
                c -> Call.json("/api/v1/municipalities/" + c.target + "/needs", "{\"text\":\"Behov " + next() + "\",\"domains\":[]}"),
                401, 201, 403, 201, 403, 403, 201));
        rows.add(row("DELETE /api/v1/municipalities/{kommunkod}/needs/{id}", c -> {
            UUID need = profiles.addNeed(editors.get(c.target), c.target, "Behov att ta bort " + next(), Set.of()).id();
            return Call.json("/api/v1/municipalities/" + c.target + "/needs/" + need, null);
        }, 401, 204, 403, 204, 403, 403, 204));
        // tokens belong to an account, not a municipality: "own" = the caller's token, otherwise another account's
        // the matrix calls with bearer tokens, and a new token needs the password (HTTP Basic: ApiSecurityTests)
        rows.add(row("POST /api/v1/tokens", c -> Call.json("/api/v1/tokens", "{\"name\":\"matris\",\"expiresInDays\":1}"),
                401, 403, 403, 403, 403, 403, 403));
        rows.add(row("DELETE /api/v1/tokens/{id}", c -> {
            String owner = c.own() ? usernames.get(c.role) : otherEditor;
            return Call.json("/api/v1/tokens/" + tokens.issue(owner, "matris", 1).id(), null);
        }, 401, 204, 404, 204, 404, 404, 404));
        rows.add(row("POST /api/v1/users", c -> Call.json("/api/v1/users", "{\"username\":\"matrix-new-" + next()
                + "\",\"displayName\":\"Ny\",\"password\":\"" + PASSWORD + "\",\"role\":\"MEMBER\",\"municipalityCode\":\""
                + c.target + "\"}"),
                401, 403, 403, 403, 403, 403, 201));
        rows.add(row("PUT /api/v1/users/{id}", c -> Call.json("/api/v1/users/" + member(c.target),
                "{\"displayName\":\"Ändrad\",\"role\":\"MEMBER\",\"municipalityCode\":\"" + c.target + "\",\"enabled\":true}"),
                401, 403, 403, 403, 403, 403, 200));
        rows.add(row("POST /api/v1/users/{id}/password", c -> Call.json("/api/v1/users/" + member(c.target) + "/password",
                "{\"password\":\"ett-nytt-losenord-" + next() + "\"}"),
                401, 403, 403, 403, 403, 403, 204));
        // national insight (issue 7): analysts and admins only, refused for everyone else before anything is read.
        // This database has no declared needs, so there is no proposal to save (400: unknown proposal) and no saved
        // cluster to share (404); saving and sharing real clusters: InsightNeedsPagesTest
        rows.add(row("POST /api/v1/insights/clusters/saved", c -> Call.json("/api/v1/insights/clusters/saved",
                "{\"proposal\":\"no-such-proposal\",\"name\":\"Kluster " + next() + "\"}"),
                401, 403, 403, 403, 403, 400, 400));
        rows.add(row("POST /api/v1/insights/clusters/saved/{id}/share",
                c -> Call.json("/api/v1/insights/clusters/saved/" + UUID.randomUUID() + "/share", null),
                401, 403, 403, 403, 403, 404, 404));
        // portfolio: private to the municipality's staff; level 2, decisions and settings need the portfolio manager
        // permission (no caller here holds it: PortfolioApiIntegrationTest shows what a manager may do); the manager
        // permission itself is granted by administrators
        String portfolio = "/api/v1/municipalities/";
        rows.add(row("POST /api/v1/municipalities/{kommunkod}/portfolio/initiatives",
                c -> Call.json(portfolio + c.target + "/portfolio/initiatives", initiativeBody()),
                401, 201, 403, 201, 403, 403, 403));
        rows.add(row("PUT /api/v1/municipalities/{kommunkod}/portfolio/initiatives/{id}",
                c -> Call.json(portfolio + c.target + "/portfolio/initiatives/" + initiative(c.target, false),
                        initiativeBody()),
                401, 200, 403, 200, 403, 403, 403));
        rows.add(row("PUT /api/v1/municipalities/{kommunkod}/portfolio/initiatives/{id}/department-assessment",
                c -> Call.json(portfolio + c.target + "/portfolio/initiatives/" + initiative(c.target, false)
                        + "/department-assessment", "{\"scores\":{\"TIME_SAVED\":{\"value\":3}},\"oneOffSek\":1000}"),
                401, 200, 403, 200, 403, 403, 403));
        rows.add(row("PUT /api/v1/municipalities/{kommunkod}/portfolio/initiatives/{id}/municipality-assessment",
                c -> Call.json(portfolio + c.target + "/portfolio/initiatives/" + initiative(c.target, true)
                        + "/municipality-assessment", "{\"citizenValue\":3}"),
                401, 403, 403, 403, 403, 403, 403));
        rows.add(row("POST /api/v1/municipalities/{kommunkod}/portfolio/initiatives/{id}/status",
                c -> Call.json(portfolio + c.target + "/portfolio/initiatives/" + initiative(c.target, true) + "/status",
                        "{\"status\":\"PRIORITISED\",\"motivation\":\"Störst nytta\"}"),
                401, 403, 403, 403, 403, 403, 403));
        rows.add(row("PUT /api/v1/municipalities/{kommunkod}/portfolio/settings",
                c -> Call.json(portfolio + c.target + "/portfolio/settings", "{\"departments\":[\"A\"],\"goals\":[],"
                        + "\"budgets\":[],\"horizonYears\":3,\"dayRateSek\":6000,\"weights\":{\"GOALS\":2}}"),
                401, 403, 403, 403, 403, 403, 403));
        rows.add(row("PUT /api/v1/municipalities/{kommunkod}/portfolio/managers/{username}",
                c -> Call.json(portfolio + c.target + "/portfolio/managers/matrix-manager-" + next(), null),
                401, 403, 403, 403, 403, 403, 204));
        rows.add(row("DELETE /api/v1/municipalities/{kommunkod}/portfolio/managers/{username}",
                c -> Call.json(portfolio + c.target + "/portfolio/managers/matrix-manager-" + next(), null),
                401, 403, 403, 403, 403, 403, 204));
        // providers: any municipality's staff suggest on a published solution (the publisher's editors and admins add
        // confirmed offers); only the publisher's editors and admins confirm, change and remove
        rows.add(row("POST /api/v1/solutions/{id}/providers",
                c -> Call.json("/api/v1/solutions/" + published(c.target) + "/providers", providerBody()),
                401, 201, 201, 201, 201, 403, 201));
        rows.add(row("PUT /api/v1/solutions/{id}/providers/{offerId}",
                c -> Call.json(providerOffer(c.target), providerBody()),
                401, 403, 403, 200, 403, 403, 200));
        rows.add(row("POST /api/v1/solutions/{id}/providers/{offerId}/confirm",
                c -> Call.json(providerOffer(c.target) + "/confirm", null),
                401, 403, 403, 200, 403, 403, 200));
        rows.add(row("DELETE /api/v1/solutions/{id}/providers/{offerId}",
                c -> Call.json(providerOffer(c.target), null),
                401, 403, 403, 204, 403, 403, 204));
        // implementation paths: the publisher's editors write the path and handle proposals; the adopting
        // municipality's staff tick its checklist and propose changes (adoptions of THIRD's solutions)
        rows.add(row("PUT /api/v1/solutions/{id}/path",
                c -> Call.json("/api/v1/solutions/" + published(c.target) + "/path", PATH_BODY),
                401, 403, 403, 200, 403, 403, 200));
        rows.add(row("PUT /api/v1/adoptions/{id}/checklist/{stepId}", c -> {
            String[] target = adoptionWithPath(c.target);
            return Call.json("/api/v1/adoptions/" + target[0] + "/checklist/" + target[1],
                    "{\"doneOn\":\"2026-01-15\",\"actualDays\":4,\"note\":\"Egen mall\"}");
        }, 401, 200, 403, 200, 403, 403, 403));
        rows.add(row("PATCH /api/v1/adoptions/{id}/checklist/{stepId}", c -> {
            String[] target = adoptionWithPath(c.target);
            return Call.json("/api/v1/adoptions/" + target[0] + "/checklist/" + target[1], "{\"doneOn\":\"2026-01-15\"}");
        }, 401, 200, 403, 200, 403, 403, 403));
        rows.add(row("POST /api/v1/adoptions/{id}/checklist/{stepId}/proposals", c -> {
            String[] target = adoptionWithPath(c.target);
            return Call.json("/api/v1/adoptions/" + target[0] + "/checklist/" + target[1] + "/proposals",
                    "{\"reportedDays\":10,\"comment\":\"Tog oss tio dagar\"}");
        }, 401, 201, 403, 201, 403, 403, 403));
        rows.add(row("POST /api/v1/solutions/{id}/path/proposals/{proposalId}/accept", c -> {
            UUID[] target = proposal(c.target);
            return Call.json("/api/v1/solutions/" + target[0] + "/path/proposals/" + target[1] + "/accept", null);
        }, 401, 403, 403, 200, 403, 403, 200));
        rows.add(row("POST /api/v1/solutions/{id}/path/proposals/{proposalId}/answer", c -> {
            UUID[] target = proposal(c.target);
            return Call.json("/api/v1/solutions/" + target[0] + "/path/proposals/" + target[1] + "/answer",
                    "{\"answer\":\"Tack, vi ser över steget\"}");
        }, 401, 403, 403, 200, 403, 403, 200));
        return rows;
    }

    private static String providerBody() {
        return "{\"organisation\":{\"name\":\"Matris AB\",\"kind\":\"COMPANY\"},\"kinds\":[\"SUPPORT\"],"
                + "\"audience\":{\"kind\":\"ANY_MUNICIPALITY\"},\"contact\":{\"email\":\"info@matris.se\"}}";
    }

    /** The address of a fresh SUGGESTED offer (by {@value #THIRD}'s staff) on a published solution of the municipality. */
    private String providerOffer(String municipality) {
        UUID solution = published(municipality);
        var offer = providerOffers.suggest(new Actor("matrix-seed-suggester", Role.MEMBER, THIRD), solution,
                json.readValue(providerBody(), se.delbart.provider.OfferDetails.class));
        return "/api/v1/solutions/" + solution + "/providers/" + offer.id();
    }

    private static final String PATH_BODY = "{\"prerequisites\":[\"E-legitimation\"],\"steps\":[{\"title\":\"Förstudie\","
            + "\"days\":{\"min\":2,\"max\":4},\"roles\":[\"Projektledare\"],\"providerCanDo\":false}],"
            + "\"decisions\":[],\"documents\":[]}";

    /** A solution published by {@code publisher} with a path of one step: its id and the step's. */
    private Object[] publishedWithPath(String publisher) {
        UUID solution = published(publisher);
        var revision = paths.write(editors.get(publisher), solution, 0, json.readValue(PATH_BODY,
                se.delbart.path.ImplementationPath.class));
        return new Object[] { solution, revision.path().steps().get(0).id() };
    }

    /** An adoption by {@code municipality} of a path-carrying solution of {@value #THIRD}: adoption id and step id. */
    private String[] adoptionWithPath(String municipality) {
        Object[] solution = publishedWithPath(THIRD);
        UUID adoption = adoptions.record(new Actor("matrix-seed-adopter", Role.EDITOR, municipality),
                (UUID) solution[0], AdoptionStatus.IMPLEMENTING, null, null).id();
        return new String[] { adoption.toString(), (String) solution[1] };
    }

    /** A pending proposal from {@value #THIRD} on a path-carrying solution of {@code publisher}. */
    private UUID[] proposal(String publisher) {
        Object[] solution = publishedWithPath(publisher);
        Actor adopter = new Actor("matrix-seed-adopter", Role.EDITOR, THIRD);
        UUID adoption = adoptions.record(adopter, (UUID) solution[0], AdoptionStatus.IMPLEMENTING, null, null).id();
        UUID proposal = paths.propose(adopter, adoption, (String) solution[1], 10, "Tog oss tio dagar").id();
        return new UUID[] { (UUID) solution[0], proposal };
    }

    private static String initiativeBody() {
        return "{\"title\":\"Matrisinitiativ\",\"origin\":\"LOCAL\",\"budget\":\"UTVECKLING\","
                + "\"departments\":[\"Socialförvaltningen\"],\"needText\":\"Ett behov\"}";
    }

    /** A fresh initiative in the municipality's portfolio, assessed at department level if asked. */
    private UUID initiative(String municipality, boolean assessed) {
        Actor staff = editors.get(municipality);
        var created = portfolioService.propose(staff, municipality, new InitiativeDetails(
                "Matrisinitiativ " + next(), null, null, "Ett behov", Origin.LOCAL, null,
                List.of("Socialförvaltningen"), BudgetKind.UTVECKLING));
        if (assessed) {
            portfolioService.assessDepartment(staff, municipality, created.id(), null,
                    new DepartmentAssessment(Map.of(), 1L, null, null, null, null, null, null));
        }
        return created.id();
    }

    private static Row row(String endpoint, Function<Cell, Call> call, int... statuses) {
        Map<Cell, Integer> expected = new EnumMap<>(Cell.class);
        Cell[] cells = Cell.values();
        assertThat(statuses).as(endpoint + ": one status per column").hasSize(cells.length);
        for (int i = 0; i < cells.length; i++) {
            expected.put(cells[i], statuses[i]);
        }
        return new Row(endpoint, call, expected);
    }

    // --- tests ----------------------------------------------------------------------------------------------------

    @Test
    void everyWriteEndpointHasARow() {
        Set<String> discovered = writeEndpoints();
        Set<String> inMatrix = new TreeSet<>();
        rows().forEach(r -> inMatrix.add(r.endpoint()));
        assertThat(discovered).as("write endpoints of the API discovered from the handler mappings").hasSizeGreaterThan(10);
        assertThat(inMatrix).as("rows of the access-control matrix; a new write endpoint needs a row with its rules")
                .containsExactlyInAnyOrderElementsOf(discovered);
    }

    @Test
    void everyCellAnswersAsTheMatrixSays() {
        accountsAndTokens();
        List<String> failures = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%-58s", "endpoint"));
        for (Cell cell : Cell.values()) {
            table.append(String.format(" %13s", cell.name().toLowerCase(Locale.ROOT)));
        }
        table.append('\n');
        int calls = 0;
        for (Row row : rows()) {
            table.append(String.format("%-58s", row.endpoint()));
            String method = row.endpoint().split(" ", 2)[0];
            for (Cell cell : Cell.values()) {
                Call call = row.call().apply(cell);
                HttpResponse<String> response = send(method, call, cell);
                calls++;
                int expected = row.expected().get(cell);
                int actual = response.statusCode();
                table.append(String.format(" %13s", actual == expected ? actual : actual + "≠" + expected));
                if (actual != expected) {
                    failures.add(row.endpoint() + " as " + cell + ": expected " + expected + ", got " + actual + " "
                            + abbreviate(response.body()));
                }
                try {
                    OpenApiResponseValidation.get().validate(method, call.path().replaceFirst("\\?.*", ""), actual,
                            response.headers().firstValue("Content-Type").orElse(null),
                            response.body().getBytes(StandardCharsets.UTF_8));
                } catch (AssertionError e) {
                    failures.add(row.endpoint() + " as " + cell + ": " + e.getMessage());
                }
                if (actual >= 200 && actual < 300) {
                    // whoever succeeds must be someone the OpenAPI document says may call it
                    List<String> roles = OpenApiResponseValidation.get().documentedRoles(method,
                            call.path().replaceFirst("\\?.*", ""));
                    boolean documented = roles != null && (cell.role == null ? roles.isEmpty()
                            : roles.isEmpty() || roles.contains(cell.role.name()));
                    if (!documented) {
                        failures.add(row.endpoint() + " as " + cell + ": succeeded, but the OpenAPI document names "
                                + "only the roles " + roles);
                    }
                }
                if (actual == 401 || actual == 403) {
                    assertThat(response.headers().firstValue("Content-Type").orElse(""))
                            .as(row.endpoint() + " as " + cell).startsWith("application/problem+json");
                }
            }
            table.append('\n');
        }
        System.out.println("[AccessControlMatrix] " + calls + " calls\n" + table);
        assertThat(failures).as(failures.size() + " cells differ from the matrix:\n" + String.join("\n", failures)).isEmpty();
    }

    // --- discovery ------------------------------------------------------------------------------------------------

    /** "METHOD pattern" of every handler under /api/ that is not a GET (a mapping without methods counts as ANY). */
    private Set<String> writeEndpoints() {
        Set<String> found = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().startsWith("se.delbart")) {
                continue;
            }
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    found.add("ANY " + pattern);
                }
                for (RequestMethod method : methods) {
                    if (method != RequestMethod.GET && method != RequestMethod.HEAD && method != RequestMethod.OPTIONS) {
                        found.add(method + " " + pattern);
                    }
                }
            }
        }
        return found;
    }

    // --- fixtures -------------------------------------------------------------------------------------------------

    private String next() {
        return suffix + "-" + (++counter);
    }

    private String solutionBody() {
        return json.writeValueAsString(SolutionFixtures.complete("Matrislösning " + next()));
    }

    private UUID published(String municipality) {
        return catalog.createExample(editors.get(municipality), SolutionFixtures.complete("Matris publicerad " + next()),
                Lifecycle.PUBLISHED, Instant.now()).id();
    }

    private UUID draft(String municipality) {
        return catalog.create(editors.get(municipality), SolutionFixtures.complete("Matris utkast " + next())).id();
    }

    /** An adoption by {@code municipality} of a solution published by {@value #THIRD}. */
    private UUID adoption(String municipality, AdoptionStatus status) {
        return adoptions.record(new Actor("matrix-seed-adopter", Role.EDITOR, municipality), published(THIRD), status,
                null, null).id();
    }

    private long member(String municipality) {
        return accounts.createUser("matrix-target-" + next(), "Mål", null, PASSWORD, Role.MEMBER, municipality).id();
    }

    private static String experienceBody() {
        return "{\"implementationDays\":10,\"operationalRating\":4,\"citizenRating\":4,\"supportRating\":3,"
                + "\"wouldRecommend\":true}";
    }

    private String publiccode() {
        try {
            String yaml = new String(new ClassPathResource("interop/minimal.yml").getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8);
            // a url of its own: importing the same url again updates the earlier import (200) instead of creating
            String n = next();
            return yaml.replace("name: Bygglovskollen", "name: Matrisimport " + n)
                    .replace("bygglovskollen.git", "bygglovskollen-" + n.replaceAll("[^A-Za-z0-9-]", "") + ".git");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("publiccode.yml"));
            zip.write(publiccode().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    // --- HTTP -----------------------------------------------------------------------------------------------------

    private HttpResponse<String> send(String method, Call call, Cell cell) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + call.path()))
                .timeout(Duration.ofSeconds(60));
        if (cell.role != null) {
            request.header("Authorization", "Bearer " + bearer.get(cell.role));
        }
        if (call.path().startsWith("/api/v1/solutions/") && !call.path().endsWith("/adoptions")
                || call.path().contains("/portfolio/") && !call.path().endsWith("/portfolio/initiatives")) {
            request.header("If-Match", "*");
        }
        if (call.body() != null) {
            request.header("Content-Type", call.contentType());
        }
        request.method(method, call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String s) {
        String flat = s == null ? "" : s.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
