package se.delbart.catalog.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.catalog.MarkdownRenderer;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCard;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionChange;
import se.delbart.catalog.SolutionDetails;
import se.delbart.catalog.SolutionFilter;
import se.delbart.catalog.SolutionPermissions;
import se.delbart.catalog.Lifecycle;
import se.delbart.shared.Actor;

/**
 * Read models for the catalogue's pages, each built in one read-only transaction so that a page's several reads
 * (solution, permissions, publisher) see the same state. Templates get plain records, never entities.
 */
@Component
@Transactional(readOnly = true)
class SolutionPages {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final SolutionCatalog catalog;
    private final Publishers publishers;

    SolutionPages(SolutionCatalog catalog, Publishers publishers) {
        this.catalog = catalog;
        this.publishers = publishers;
    }

    Page<SolutionCard> cards(Actor actor, SolutionFilter filter, Pageable pageable) {
        Page<Solution> page = catalog.list(actor, filter, pageable);
        Map<String, PublisherView> byCode = publishers.of(page.map(Solution::publisherCode).toList());
        return page.map(s -> SolutionCard.of(s, byCode.get(s.publisherCode()).name()));
    }

    SolutionPage page(Actor actor, UUID id) {
        Solution s = catalog.get(actor, id);
        SolutionDetails d = s.details();
        return new SolutionPage(s.id(), s.version(), s.lifecycle(), s.isExample(), publishers.of(s.publisherCode()), d,
                MarkdownRenderer.toSafeHtml(d.description()), s.effortLevel(), local(s.publishedAt()),
                local(s.updatedAt()), SolutionPermissions.canEdit(actor, s));
    }

    /** The details and version to prefill the edit form; throws unless the actor may edit. */
    Editable editable(Actor actor, UUID id) {
        Solution s = catalog.get(actor, id);
        catalog.checkCanEdit(actor, s);
        return new Editable(s.id(), s.version(), s.lifecycle(), s.details());
    }

    History history(Actor actor, UUID id, int page) {
        Solution s = catalog.get(actor, id);
        Page<ChangeRow> changes = catalog.history(actor, id, PageRequest.of(Math.max(page, 0), 50))
                .map(c -> new ChangeRow(c.solutionVersion(), local(c.changedAt()), c.changedBy(), c.kind(), c.fields()));
        return new History(s.id(), s.details().name(), s.lifecycle(), changes);
    }

    private static ZonedDateTime local(java.time.Instant instant) {
        return instant == null ? null : instant.atZone(SWEDEN);
    }

    record SolutionPage(UUID id, long version, Lifecycle lifecycle, boolean example, PublisherView publisher,
            SolutionDetails details, String descriptionHtml, se.delbart.catalog.EffortLevel effortLevel,
            ZonedDateTime publishedAt, ZonedDateTime updatedAt, boolean canEdit) {

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
