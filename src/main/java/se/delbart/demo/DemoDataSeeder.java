package se.delbart.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionRegistry.DatedStep;
import se.delbart.catalog.Lifecycle;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.security.AccountService;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Seeds the demo: users with the demo password, the example solutions when the catalogue is empty, and the example
 * adoptions (with their dated history and experience reports) that are not recorded yet. Runs before the first-admin
 * bootstrap so that the demo admin gets the documented password. Every part is idempotent across restarts.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty(name = "delbart.demo.enabled")
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Delbart administratör", Role.ADMIN, null),
            new DemoUser("sundsvall", "Redaktör Sundsvalls kommun", Role.EDITOR, "2281"),
            new DemoUser("ange", "Redaktör Ånge kommun", Role.EDITOR, "2260"),
            new DemoUser("ange-medarbetare", "Medarbetare Ånge kommun", Role.MEMBER, "2260"),
            new DemoUser("skr", "Analytiker SKR", Role.ANALYST, null),
            new DemoUser("sundsvall-portfolj", "Portföljansvarig Sundsvalls kommun", Role.MEMBER, "2281"));

    /** Demo users who hold the portfolio manager permission of their municipality. */
    static final List<String> PORTFOLIO_MANAGERS = List.of("sundsvall-portfolj");

    private final AccountService accounts;
    private final SolutionCatalog catalog;
    private final ObjectMapper json;
    private final DemoProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AdoptionRegistry adoptions;
    private final se.delbart.profile.Profiles profiles;
    private final DemoPortfolios portfolios;
    private final DemoPaths paths;

    DemoDataSeeder(AccountService accounts, SolutionCatalog catalog, ObjectMapper json, DemoProperties properties,
            TransactionTemplate transactions, Clock clock, AdoptionRegistry adoptions,
            se.delbart.profile.Profiles profiles, DemoPortfolios portfolios, DemoPaths paths) {
        this.portfolios = portfolios;
        this.paths = paths;
        this.adoptions = adoptions;
        this.profiles = profiles;
        this.accounts = accounts;
        this.catalog = catalog;
        this.json = json;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoUser user : USERS) {
            if (!accounts.existsByUsername(user.username())) {
                accounts.createUser(user.username(), user.displayName(), null, properties.password(), user.role(),
                        user.municipalityCode());
            }
        }
        List<DemoEntry> entries = entries();
        if (catalog.countAll() > 0) {
            log.info("Demo: the catalogue already has solutions; example solutions not seeded again");
        } else {
            transactions.executeWithoutResult(status -> entries.forEach(entry -> catalog.createExample(
                    new Actor("demo-" + entry.publisher(), Role.EDITOR, entry.publisher()), entry.solution(),
                    entry.lifecycle(), clock.instant().minus(Duration.ofDays(entry.publishedDaysAgo() == null ? 0 : entry.publishedDaysAgo())))));
            log.info("Demo: seeded {} users (password '{}') and {} example solutions", USERS.size(),
                    properties.password(), entries.size());
        }
        seedAdoptions(entries);
        seedNeedsAndProfiles();
        portfolios.seed(entries, publishedExamples(entries));
        paths.seed(publishedExamples(entries));
    }

    /**
     * Declared needs (several municipalities sharing a need, so the analysts' views pass the 3-municipality rule) and
     * a few self-assessed profiles, through the profile module's own rules. A municipality that already has needs, or
     * a profile of its own, is left as it is.
     */
    void seedNeedsAndProfiles() {
        int needs = 0;
        int answered = 0;
        for (DemoNeeds entry : needEntries()) {
            Actor staff = new Actor("demo-" + entry.municipality(), Role.EDITOR, entry.municipality());
            if (entry.profile() != null && profiles.profileOf(entry.municipality()).estimated()) {
                profiles.save(staff, entry.municipality(), entry.profile(), null, null);
                answered++;
            }
            if (profiles.needsOf(entry.municipality()).isEmpty()) {
                for (DemoNeeds.Entry need : entry.needs()) {
                    profiles.addNeed(staff, entry.municipality(), need.text(), need.domains());
                    needs++;
                }
            }
        }
        if (needs + answered > 0) {
            log.info("Demo: declared {} example needs and {} self-assessed profiles", needs, answered);
        }
    }

    List<DemoNeeds> needEntries() {
        try (InputStream in = new ClassPathResource("demo/needs.json").getInputStream()) {
            return json.readValue(in, new TypeReference<List<DemoNeeds>>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException("demo/needs.json cannot be read", e);
        }
    }

    /** Records each example adoption its municipality has not recorded yet, back-dated as the file says. */
    void seedAdoptions(List<DemoEntry> entries) {
        Map<String, UUID> published = publishedExamples(entries);
        Instant start = clock.instant();
        int recorded = 0;
        for (DemoAdoption example : adoptionEntries()) {
            UUID solutionId = published.get(example.solution());
            if (solutionId == null || adoptions.find(example.municipality(), solutionId).isPresent()) {
                continue;
            }
            List<DatedStep> steps = example.steps().stream()
                    .map(s -> new DatedStep(s.status(), daysBefore(start, s.daysAgo()),
                            s.reason()))
                    .toList();
            adoptions.recordExample(new Actor("demo-" + example.municipality(), Role.MEMBER, example.municipality()),
                    solutionId, example.adoptedVersion(), example.departments(), steps, example.report(),
                    example.reportedDaysAgo() == null ? null : daysBefore(start, example.reportedDaysAgo()));
            recorded++;
        }
        if (recorded > 0) {
            log.info("Demo: recorded {} example adoptions", recorded);
        }
    }

    /** Example key → id of the published solution seeded from it (found by publisher and name on later starts). */
    Map<String, UUID> publishedExamples(List<DemoEntry> entries) {
        Map<String, UUID> byPublisherAndName = new HashMap<>();
        for (int page = 0;; page++) {
            var solutions = catalog.publishedPage(page, 100);
            for (Solution s : solutions) {
                if (s.isExample()) {
                    byPublisherAndName.put(s.publisherCode() + "|" + s.name(), s.id());
                }
            }
            if (!solutions.hasNext()) {
                break;
            }
        }
        Map<String, UUID> byKey = new HashMap<>();
        for (DemoEntry entry : entries) {
            UUID id = byPublisherAndName.get(entry.publisher() + "|" + entry.solution().name());
            if (id != null && entry.lifecycle() == Lifecycle.PUBLISHED) {
                byKey.put(entry.key(), id);
            }
        }
        return byKey;
    }

    private static Instant daysBefore(Instant start, int days) {
        return start.minus(Duration.ofDays(days));
    }

    List<DemoEntry> entries() {
        try (InputStream in = new ClassPathResource("demo/solutions.json").getInputStream()) {
            return json.readValue(in, new TypeReference<List<DemoEntry>>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException("demo/solutions.json cannot be read", e);
        }
    }

    List<DemoAdoption> adoptionEntries() {
        try (InputStream in = new ClassPathResource("demo/adoptions.json").getInputStream()) {
            return json.readValue(in, new TypeReference<List<DemoAdoption>>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException("demo/adoptions.json cannot be read", e);
        }
    }
}
