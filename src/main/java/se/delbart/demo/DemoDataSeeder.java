package se.delbart.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.delbart.catalog.SolutionCatalog;
import se.delbart.security.AccountService;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Seeds the demo: users with the demo password and, when the catalogue is empty, the example solutions. Runs before
 * the first-admin bootstrap so that the demo admin gets the documented password.
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
            new DemoUser("skr", "Analytiker SKR", Role.ANALYST, null));

    private final AccountService accounts;
    private final SolutionCatalog catalog;
    private final ObjectMapper json;
    private final DemoProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoDataSeeder(AccountService accounts, SolutionCatalog catalog, ObjectMapper json, DemoProperties properties,
            TransactionTemplate transactions, Clock clock) {
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
        if (catalog.countAll() > 0) {
            log.info("Demo: the catalogue already has solutions; example solutions not seeded again");
            return;
        }
        List<DemoEntry> entries = entries();
        transactions.executeWithoutResult(status -> entries.forEach(entry -> catalog.createExample(
                new Actor("demo-" + entry.publisher(), Role.EDITOR, entry.publisher()), entry.solution(),
                entry.lifecycle(), clock.instant().minus(Duration.ofDays(entry.publishedDaysAgo() == null ? 0 : entry.publishedDaysAgo())))));
        log.info("Demo: seeded {} users (password '{}') and {} example solutions", USERS.size(),
                properties.password(), entries.size());
    }

    List<DemoEntry> entries() {
        try (InputStream in = new ClassPathResource("demo/solutions.json").getInputStream()) {
            return json.readValue(in, new TypeReference<List<DemoEntry>>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException("demo/solutions.json cannot be read", e);
        }
    }
}
