package se.delbart.contact;

import java.time.Clock;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.shared.Actor;
import se.delbart.shared.NotPermittedException;

/** A municipality's inbox: what its staff should look at, newest first, with how many are unread. */
@Service
@Transactional
public class Inbox {

    static final int SHOWN = 50;
    /** Beyond any real inbox; keeps the offset of a hand-made page number far below an int's limit. */
    static final int MAX_PAGE = 100_000;

    private final Notifications notifications;
    private final Clock clock;

    Inbox(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The actor's municipality's notifications, newest first, {@value #SHOWN} a page (page 0 is the latest). */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<Notification> page(Actor actor, int page) {
        int number = Math.min(Math.max(page, 0), MAX_PAGE);
        return notifications.findByRecipientCode(municipalityOf(actor), PageRequest.of(number, SHOWN,
                org.springframework.data.domain.Sort.by("createdAt").descending().and(
                        org.springframework.data.domain.Sort.by("id").descending())));
    }

    /** Unread notifications of the actor's municipality; zero for actors without one. */
    @Transactional(readOnly = true)
    public long unread(Actor actor) {
        return actor == null || !actor.role().belongsToMunicipality() ? 0
                : notifications.countByRecipientCodeAndReadAtIsNull(actor.municipalityCode());
    }

    public void markAllRead(Actor actor) {
        var now = clock.instant();
        notifications.findByRecipientCodeAndReadAtIsNull(municipalityOf(actor)).forEach(n -> {
            n.markRead(now);
            notifications.save(n);
        });
    }

    private static String municipalityOf(Actor actor) {
        if (actor == null || !actor.role().belongsToMunicipality()) {
            throw new NotPermittedException("Only a municipality's staff have an inbox.");
        }
        return actor.municipalityCode();
    }
}
