package se.delbart.contact;

import java.time.Clock;
import java.util.List;

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

    private final Notifications notifications;
    private final Clock clock;

    Inbox(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Notification> latest(Actor actor) {
        return notifications.findByRecipientCodeOrderByCreatedAtDescIdDesc(municipalityOf(actor),
                PageRequest.of(0, SHOWN));
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
