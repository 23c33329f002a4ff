package se.delbart.search;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.delbart.adoption.AdoptionChanged;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionChanged;
import se.delbart.catalog.SolutionPublished;
import se.delbart.catalog.SolutionWithdrawn;
import se.delbart.provider.ProviderOfferChanged;

/**
 * Keeps the index in step with the catalogue. Each catalogue event is stored with the transaction that caused it
 * (Spring Modulith's event publication registry) and handled here after commit; a failure (search engine down)
 * leaves the publication incomplete, and {@link IndexRepair} resubmits it. Handling reads the current state from
 * the database, so it is idempotent and the order of events does not matter.
 * <p>
 * Adoption changes come in bursts (a municipality's status steps, a seeded or imported batch, many municipalities
 * at once): they only queue the solution ({@link AdoptionIndexQueue}, in the database, so the event is complete once
 * the row is written), and {@link #flushAdoptions()} indexes each queued solution once, a debounce after its first
 * change. Publishing, changing and withdrawing a solution are indexed at once.
 */
@Component
class SolutionIndexer {

    private static final Logger log = LoggerFactory.getLogger(SolutionIndexer.class);

    private final SolutionCatalog catalog;
    private final SolutionDocuments documents;
    private final SolutionSearch search;
    private final AdoptionIndexQueue queue;
    private final SearchProperties properties;
    private final Clock clock;

    SolutionIndexer(SolutionCatalog catalog, SolutionDocuments documents, SolutionSearch search,
            AdoptionIndexQueue queue, SearchProperties properties, Clock clock) {
        this.catalog = catalog;
        this.documents = documents;
        this.search = search;
        this.queue = queue;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SolutionPublished event) {
        sync(event.solutionId());
    }

    @ApplicationModuleListener
    void on(SolutionChanged event) {
        sync(event.solutionId());
    }

    @ApplicationModuleListener
    void on(SolutionWithdrawn event) {
        sync(event.solutionId());
    }

    /** Adoption counts are part of the document ("most adopted" sort): queue the adopted solution. */
    @ApplicationModuleListener
    void on(AdoptionChanged event) {
        queue.add(event.solutionId(), clock.instant());
    }

    /** Whether someone offers it as a service is part of the document ("Erbjuds som tjänst"): queue it. */
    @ApplicationModuleListener
    void on(ProviderOfferChanged event) {
        queue.add(event.solutionId(), clock.instant());
    }

    /**
     * Indexes each solution whose first queued change is at least a debounce old, once for all its queued changes.
     * A solution the search engine cannot take now stays queued and is tried again on the next round.
     */
    @Scheduled(fixedDelayString = "${delbart.search.queue-poll:PT0.2S}")
    void flushAdoptions() {
        Map<UUID, Long> due = queue.due(clock.instant().minus(properties.adoptionDebounce()), FLUSH_BATCH);
        for (Map.Entry<UUID, Long> solution : due.entrySet()) {
            try {
                sync(solution.getKey());
                queue.done(solution.getKey(), solution.getValue());
            } catch (RuntimeException e) {
                log.warn("Queued solution {} not indexed yet, kept for the next round: {}", solution.getKey(),
                        e.getMessage());
                return;
            }
        }
    }

    static final int FLUSH_BATCH = 200;

    /** Makes the index agree with the database for one solution: published ones are indexed, others removed. */
    void sync(UUID id) {
        catalog.findPublished(id).map(documents::of).ifPresentOrElse(search::index, () -> search.remove(id));
        log.debug("Search index synchronised for solution {}", id);
    }
}
