package se.delbart.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;
import se.delbart.adoption.Adoption;
import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.adoption.Experience;
import se.delbart.catalog.Lifecycle;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.contact.Threads;
import se.delbart.profile.Profiles;
import se.delbart.security.AccountService;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;

/**
 * The message bundles as visitors see them: both languages have the same keys, and the pages (crawled from the
 * navigation as a visitor, an editor, an analyst and an admin, in Swedish and in English) show no unreplaced
 * placeholder such as {@code {0}}, and English pages none of the Swedish-only words below. Own database, so that
 * the only Swedish texts on English pages are this test's own data (which avoids those words).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:bundles;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MessageBundlesTest {

    /** Words of the Swedish interface that English pages must not show (whole words, case-sensitive). */
    static final List<String> SWEDISH_ONLY = List.of("och", "eller", "inte", "är", "kommuner", "kommunen",
            "persondagar", "kontaktpersoner", "Välj", "Spara", "Logga", "Tillbaka", "högst", "minst", "Visa", "Sök",
            "sedan", "lösningar", "Lösningar", "Rättelse", "behov", "Behov", "enkäten", "rapporter", "Källa", "Studie");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
    /** A count of one with a plural noun, and texts that came out broken before. */
    private static final Pattern WRONG = Pattern.compile("(?<![\\d\\p{L},.–-])1 (kommuner|persondagar|kontaktpersoner|rapporter"
            + "|veckor|olästa|municipalities|person-days|contacts|reports|weeks|answers|errors)(?!\\p{L})"
            + "|municipalitys|New New|Ny Nytt|use '0'");
    private static final Pattern UUID_OR_NUMBER = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d+");
    private static final String PASSWORD = "bundles-test-password";
    private static final int MAX_PAGES = 90;

    @Autowired
    MockMvc mvc;

    @Autowired
    SolutionCatalog catalog;

    @Autowired
    AdoptionRegistry adoptions;

    @Autowired
    AccountService accounts;

    @Autowired
    Threads threads;

    @Autowired
    Profiles profiles;

    private static Solution sundsvalls;

    @BeforeEach
    void someOfEverything() {
        if (sundsvalls != null) {
            return;
        }
        Actor sundsvall = new Actor("bundles-sundsvall", Role.EDITOR, "2281");
        Actor ange = new Actor("bundles-ange", Role.EDITOR, "2260");
        sundsvalls = catalog.createExample(sundsvall, SolutionFixtures.complete("Skolskjutsen"), Lifecycle.PUBLISHED,
                Instant.now());
        catalog.createExample(ange, SolutionFixtures.complete("Skolskjutsappen"), Lifecycle.PUBLISHED, Instant.now());
        Adoption adopted = adoptions.record(ange, sundsvalls.id(), AdoptionStatus.IN_PRODUCTION, "1.0", Set.of());
        adoptions.report(ange, adopted.id(), new Experience(1, 1, 1L, 1L, 1, null, 4, 4, 4, null, true));
        adoptions.record(new Actor("bundles-harnosand", Role.MEMBER, "2280"), sundsvalls.id(),
                AdoptionStatus.INTERESTED, null, Set.of());
        threads.post(ange, sundsvalls.id(), "2260", "Hej!");
        profiles.addNeed(ange, "2260", "Digital skolskjuts", Set.of("utbildning"));
        Map<String, String> answers = new HashMap<>();
        profiles.questionnaire().questions().forEach(q -> answers.put(q.id(), q.options().get(0).id()));
        profiles.save(ange, "2260", answers, se.delbart.profile.Visibility.PUBLIC, null);
        for (Object[] user : new Object[][] { { "bundles-editor", Role.EDITOR, "2260" },
                { "bundles-publisher", Role.EDITOR, "2281" }, { "bundles-analyst", Role.ANALYST, null },
                { "bundles-admin", Role.ADMIN, null } }) {
            accounts.createUser((String) user[0], "Testare", null, PASSWORD, (Role) user[1], (String) user[2]);
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<String> differences = new ArrayList<>();
        for (Resource swedish : resolver.getResources("classpath:i18n/*.properties")) {
            String name = swedish.getFilename();
            if (name.endsWith("_en.properties")) {
                continue;
            }
            Resource english = resolver.getResource("classpath:i18n/" + name.replace(".properties", "_en.properties"));
            Set<String> sv = keys(swedish);
            Set<String> en = english.exists() ? keys(english) : Set.of();
            Set<String> onlySv = new TreeSet<>(sv);
            onlySv.removeAll(en);
            Set<String> onlyEn = new TreeSet<>(en);
            onlyEn.removeAll(sv);
            if (!onlySv.isEmpty() || !onlyEn.isEmpty()) {
                differences.add(name + ": only Swedish " + onlySv + ", only English " + onlyEn);
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void noPageShowsAPlaceholderAndEnglishPagesNoSwedishWords() throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, MockHttpSession> users = new HashMap<>();
        users.put("visitor", null);
        for (String user : List.of("bundles-editor", "bundles-publisher", "bundles-analyst", "bundles-admin")) {
            users.put(user, login(user));
        }
        List<String> seeds = List.of("/", "/losningar", "/kommuner", "/kommuner/2260", "/kommuner/2281",
                "/sok?q=skolskjuts", "/losningar/" + sundsvalls.id(), "/vara-anvandningar", "/inkorg",
                "/kommuner/2260/profil", "/kommuner/2260/profil/enkat", "/kommuner/2260/rekommendationer",
                "/losningar/ny", "/losningar/importera", "/insikter", "/insikter/behov", "/insikter/overlapp",
                "/insikter/skalning", "/insikter/spridning", "/insikter/typer", "/insikter/kluster", "/admin/anvandare",
                "/login");
        int pages = 0;
        for (Map.Entry<String, MockHttpSession> user : users.entrySet()) {
            for (String lang : List.of("sv", "en")) {
                pages += crawl(user.getKey(), user.getValue(), lang, seeds, problems);
            }
        }
        assertThat(pages).isGreaterThan(100);
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    private int crawl(String user, MockHttpSession session, String lang, List<String> seeds, List<String> problems)
            throws Exception {
        Deque<String> queue = new ArrayDeque<>(seeds);
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> perShape = new HashMap<>();
        int pages = 0;
        while (!queue.isEmpty() && pages < MAX_PAGES) {
            String address = queue.poll();
            String shape = UUID_OR_NUMBER.matcher(address.replaceAll("\\?.*", "")).replaceAll("#");
            if (!seen.add(address) || perShape.merge(shape, 1, Integer::sum) > 2) {
                continue;
            }
            var request = get(address).cookie(new Cookie("delbart-lang", lang));
            if (session != null) {
                request.session(session);
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            if (response.getStatus() != 200 || response.getContentType() == null
                    || !response.getContentType().startsWith("text/html")) {
                continue;
            }
            pages++;
            Document page = Jsoup.parse(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
            String where = "[" + lang + ", " + user + "] " + address + ": ";
            String text = page.title() + " " + page.body().text() + " " + attributes(page);
            Matcher wrong = WRONG.matcher(text);
            if (wrong.find()) {
                problems.add(where + "wrong text in \"" + around(text, wrong.start()) + "\"");
            }
            Matcher placeholder = PLACEHOLDER.matcher(text);
            if (placeholder.find()) {
                problems.add(where + "placeholder in \"" + around(text, placeholder.start()) + "\"");
            }
            if (lang.equals("en")) {
                // Swedish that is marked as such (lang="sv", e.g. the study's section titles) is not interface text
                page.select("main [lang=sv]").remove();
                String english = page.title() + " " + page.body().text();
                for (String word : SWEDISH_ONLY) {
                    Matcher swedish = Pattern.compile("(?<![\\p{L}])" + word + "(?![\\p{L}])").matcher(english);
                    if (swedish.find()) {
                        problems.add(where + "Swedish \"" + word + "\" in \"" + around(english, swedish.start()) + "\"");
                    }
                }
            }
            for (Element link : page.select("a[href^=/]")) {
                String href = link.attr("href");
                if (!href.contains("lang=") && !href.startsWith("/api") && !href.startsWith("/actuator")
                        && !href.startsWith("/css") && !href.contains(".csv") && !href.contains(".json")
                        && !href.contains(".yml") && !href.startsWith("/logout") && !href.startsWith("/v3")
                        && !href.startsWith("/swagger")) {
                    queue.add(href.replaceAll("#.*", ""));
                }
            }
        }
        return pages;
    }

    private static String attributes(Document page) {
        StringBuilder text = new StringBuilder();
        for (Element element : page.select("[title], [aria-label], [placeholder], [alt], input[value], optgroup[label]")) {
            for (String name : List.of("title", "aria-label", "placeholder", "alt", "value", "label")) {
                text.append(element.attr(name)).append(' ');
            }
        }
        return text.toString();
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 40));
    }

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andReturn().getRequest().getSession(false);
    }

    private static Set<String> keys(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }
}
