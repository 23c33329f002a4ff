package se.delbart.demo;

import java.io.IOException;
import java.io.InputStream;
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

import se.delbart.provider.ProviderOffers;
import se.delbart.shared.Actor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Seeds the example provider offers (demo/providers.json) through the provider module's own use case, after the
 * example solutions. A solution that has any offer (also a removed one) is left as it is.
 */
@Component
@Order(11)
@ConditionalOnBooleanProperty(name = "delbart.demo.enabled")
class DemoProviders implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProviders.class);

    private final DemoDataSeeder seeder;
    private final ProviderOffers offers;
    private final ObjectMapper json;

    DemoProviders(DemoDataSeeder seeder, ProviderOffers offers, ObjectMapper json) {
        this.seeder = seeder;
        this.offers = offers;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, UUID> published = seeder.publishedExamples(seeder.entries());
        List<DemoProvider> entries = entries();
        List<UUID> seeded = entries.stream().map(e -> published.get(e.solution())).distinct()
                .filter(id -> id != null && offers.hasAnyOffer(id)).toList();
        int added = 0;
        for (DemoProvider entry : entries) {
            UUID solutionId = published.get(entry.solution());
            if (solutionId == null) {
                log.warn("Demo providers: solution {} is not published; offer skipped", entry.solution());
                continue;
            }
            if (seeded.contains(solutionId)) {
                continue;
            }
            offers.addExample(new Actor("demo-" + entry.by(), entry.role(), entry.by()), solutionId, entry.offer());
            added++;
        }
        if (added > 0) {
            log.info("Demo: seeded {} example provider offers", added);
        }
    }

    List<DemoProvider> entries() {
        try (InputStream in = new ClassPathResource("demo/providers.json").getInputStream()) {
            return json.readValue(in, new TypeReference<List<DemoProvider>>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException("demo/providers.json cannot be read", e);
        }
    }
}
