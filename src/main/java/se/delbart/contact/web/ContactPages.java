package se.delbart.contact.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.contact.Inbox;
import se.delbart.contact.Notification;
import se.delbart.contact.Threads;
import se.delbart.municipality.Municipalities;
import se.delbart.security.PublicNames;
import se.delbart.security.PublicName;
import se.delbart.shared.Actor;
import se.delbart.shared.SwedishTime;

/** Read models of the inbox and thread pages (and the API), with municipality and solution names. */
@Component
@Transactional
class ContactPages {

    static final ZoneId SWEDEN = SwedishTime.ZONE;

    private final Inbox inbox;
    private final Threads threads;
    private final SolutionCatalog catalog;
    private final Municipalities municipalities;
    private final PublicNames accounts;

    ContactPages(Inbox inbox, Threads threads, SolutionCatalog catalog, Municipalities municipalities,
            PublicNames accounts) {
        this.accounts = accounts;
        this.inbox = inbox;
        this.threads = threads;
        this.catalog = catalog;
        this.municipalities = municipalities;
    }

    record NotificationView(long id, Notification.Kind kind, UUID solutionId, String solutionName, String interestedCode,
            String fromCode, String fromName, ZonedDateTime at, boolean read) {
    }

    /** {@code page}: this page's number (0 is the latest), how many pages and notifications there are. */
    record InboxView(long unread, List<NotificationView> notifications, PageInfo page) {
    }

    record PageInfo(int number, int size, long totalElements, int totalPages) {

        public boolean hasPrevious() {
            return number > 0;
        }

        public boolean hasNext() {
            return number + 1 < totalPages;
        }
    }

    /** {@code author} is the writer's display name (usernames are half of a login and are not shown). */
    record MessageView(String authorCode, String authorName, String author, String body, ZonedDateTime at,
            boolean own) {
    }

    record ThreadView(UUID solutionId, String solutionName, String publisherCode, String publisherName,
            String interestedCode, String interestedName, List<MessageView> messages) {
    }

    InboxView inbox(Actor actor, int page) {
        org.springframework.data.domain.Page<Notification> found = inbox.page(actor, page);
        List<Notification> latest = found.getContent();
        Map<String, String> names = names(latest.stream().map(Notification::fromCode));
        Map<UUID, String> solutions = new HashMap<>();
        latest.forEach(n -> solutions.computeIfAbsent(n.solutionId(),
                id -> catalog.findPublished(id).map(Solution::name).orElse(null)));
        return new InboxView(inbox.unread(actor), latest.stream()
                .map(n -> new NotificationView(n.id(), n.kind(), n.solutionId(), solutions.get(n.solutionId()),
                        n.interestedCode(), n.fromCode(), names.get(n.fromCode()), n.createdAt().atZone(SWEDEN),
                        n.isRead()))
                .toList(), new PageInfo(found.getNumber(), found.getSize(), found.getTotalElements(),
                        found.getTotalPages()));
    }

    ThreadView thread(Actor actor, UUID solutionId, String interestedCode) {
        Threads.Thread t = threads.read(actor, solutionId, interestedCode);
        Map<String, String> names = names(Stream.of(t.publisherCode(), t.interestedCode()));
        Map<String, PublicName> writers = accounts.publicNames(t.messages().stream().map(m -> m.author()).toList());
        return new ThreadView(t.solutionId(), t.solutionName(), t.publisherCode(), names.get(t.publisherCode()),
                t.interestedCode(), names.get(t.interestedCode()),
                t.messages().stream().map(m -> new MessageView(m.authorCode(), names.get(m.authorCode()),
                        authorName(writers, m.author()), m.body(), m.createdAt().atZone(SWEDEN),
                        actor.worksFor(m.authorCode()))).toList());
    }

    private static String authorName(Map<String, PublicName> writers, String username) {
        PublicName name = writers.get(username);
        return name == null ? null : name.displayName();
    }

    private Map<String, String> names(Stream<String> codes) {
        Map<String, String> names = new HashMap<>();
        municipalities.findAllByKommunkodIn(codes.distinct().toList()).forEach(m -> names.put(m.kommunkod(), m.name()));
        return names;
    }
}
