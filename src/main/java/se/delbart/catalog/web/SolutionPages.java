package se.delbart.catalog.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.delbart.catalog.MarkdownRenderer;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCard;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionChange;
import se.delbart.catalog.SolutionDetails;
import se.delbart.catalog.SolutionFilter;
import se.delbart.catalog.SolutionPageSection;
import se.delbart.catalog.SolutionPermissions;
import se.delbart.catalog.Lifecycle;
import se.delbart.shared.Actor;
import se.delbart.shared.SwedishTime;

/**
 * Read models for the catalogue's pages, each built in one read-only transaction so that a page's several reads
 * (solution, permissions, publisher, other modules' sections) see the same state and a page view holds one pooled
 * connection, once. Templates get plain records, never entities.
 */
@Component
@Transactional(readOnly = true)
class SolutionPages {

    static final ZoneId SWEDEN = SwedishTime.ZONE;

    private final SolutionCatalog catalog;
    private final Publishers publishers;
    private final List<SolutionPageSection> sections;
    private final TransactionTemplate readOnly;
    private final ChangeAuthors authors;

    SolutionPages(SolutionCatalog catalog, Publishers publishers, ObjectProvider<SolutionPageSection> sections,
            PlatformTransactionManager transactions, ChangeAuthors authors) {
        this.catalog = catalog;
        this.authors = authors;
        this.publishers = publishers;
        this.sections = sections.orderedStream().toList();
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setName("SolutionPages.page");
    }

    Page<SolutionCard> cards(Actor actor, SolutionFilter filter, Pageable pageable) {
        Page<Solution> page = catalog.list(actor, filter, pageable);
        Map<String, PublisherView> byCode = publishers.of(page.map(Solution::publisherCode).toList());
        return page.map(s -> SolutionCard.of(s, byCode.get(s.publisherCode()).name()));
    }

    /**
     * A solution's page with the sections other modules contribute (adoptions, …), after the catalogue's own
     * content: every database read in ONE read-only transaction; the description's Markdown is rendered after it,
     * without holding a connection. Not transactional itself (hence {@code NOT_SUPPORTED}), only its reads.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    SolutionPage page(Actor actor, UUID id) {
        Read read = readOnly.execute(tx -> {
            Solution s = catalog.get(actor, id);
            return new Read(s, publishers.of(s.publisherCode()), sections.stream()
                    .map(section -> section.contentFor(actor, id)).flatMap(Optional::stream).toList());
        });
        Solution s = read.solution();
        SolutionDetails d = s.details();
        return new SolutionPage(s.id(), s.version(), s.lifecycle(), s.isExample(), read.publisher(), d,
                MarkdownRenderer.toSafeHtml(d.description()), s.effortLevel(), local(s.publishedAt()),
                local(s.updatedAt()), SolutionPermissions.canEdit(actor, s), read.sections());
    }

    /** What {@link #page} reads; the solution is detached afterwards (its collections are loaded eagerly). */
    private record Read(Solution solution, PublisherView publisher, List<SolutionPageSection.Content> sections) {
    }

    /** The details and version to prefill the edit form; throws unless the actor may edit. */
    Editable editable(Actor actor, UUID id) {
        Solution s = catalog.get(actor, id);
        catalog.checkCanEdit(actor, s);
        return new Editable(s.id(), s.version(), s.lifecycle(), s.details());
    }

    History history(Actor actor, UUID id, int page) {
        Solution s = catalog.get(actor, id);
        Page<SolutionChange> stored = catalog.history(actor, id, PageRequest.of(Math.max(page, 0), 50));
        // display names and municipalities, never usernames (ChangeAuthors)
        Map<String, String> who = authors.labels(stored.map(SolutionChange::changedBy).toList());
        Page<ChangeRow> changes = stored.map(c -> new ChangeRow(c.solutionVersion(), local(c.changedAt()),
                who.get(c.changedBy()), c.kind(), c.fields()));
        return new History(s.id(), s.details().name(), s.lifecycle(), changes);
    }

    private static ZonedDateTime local(java.time.Instant instant) {
        return instant == null ? null : instant.atZone(SWEDEN);
    }

    record SolutionPage(UUID id, long version, Lifecycle lifecycle, boolean example, PublisherView publisher,
            SolutionDetails details, String descriptionHtml, se.delbart.catalog.EffortLevel effortLevel,
            ZonedDateTime publishedAt, ZonedDateTime updatedAt, boolean canEdit,
            List<SolutionPageSection.Content> sections) {

        public boolean isPublished() {
            return lifecycle == Lifecycle.PUBLISHED;
        }
    }

    record Editable(UUID id, long version, Lifecycle lifecycle, SolutionDetails details) {
    }

    record History(UUID id, String name, Lifecycle lifecycle, Page<ChangeRow> changes) {
    }

    record ChangeRow(long version, ZonedDateTime at, String by, SolutionChange.Kind kind, List<String> fields) {
    }
}
