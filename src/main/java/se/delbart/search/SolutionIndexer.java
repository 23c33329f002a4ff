package se.delbart.search;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.delbart.adoption.AdoptionChanged;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionChanged;
import se.delbart.catalog.SolutionPublished;
import se.delbart.catalog.SolutionWithdrawn;

/**
 * Keeps the index in step with the catalogue. Each catalogue event is stored with the transaction that caused it
 * (Spring Modulith's event publication registry) and handled here after commit; a failure (search engine down)
 * leaves the publication incomplete, and {@link IndexRepair} resubmits it. Handling reads the current state from
 * the database, so it is idempotent and the order of events does not matter.
 */
@Component
class SolutionIndexer {

    private static final Logger log = LoggerFactory.getLogger(SolutionIndexer.class);

    private final SolutionCatalog catalog;
    private final SolutionDocuments documents;
    private final SolutionSearch search;

    SolutionIndexer(SolutionCatalog catalog, SolutionDocuments documents, SolutionSearch search) {
        this.catalog = catalog;
        this.documents = documents;
        this.search = search;
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

    /** Adoption counts are part of the document ("most adopted" sort): re-index the adopted solution. */
    @ApplicationModuleListener
    void on(AdoptionChanged event) {
        sync(event.solutionId());
    }

    /** Makes the index agree with the database for one solution: published ones are indexed, others removed. */
    void sync(UUID id) {
        catalog.findPublished(id).map(documents::of).ifPresentOrElse(search::index, () -> search.remove(id));
        log.debug("Search index synchronised for solution {}", id);
    }
}
