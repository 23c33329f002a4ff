package se.delbart.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.delbart.adoption.AdoptionChanged;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.catalog.SolutionCatalog;

/**
 * An adoption that becomes INTERESTED notifies the publisher's inbox and, with SMTP configured, mails the solution's
 * contacts, after the adoption's transaction commits; at most once per solution and interested municipality within
 * {@link #INTEREST_INTERVAL}, however often the adoption goes back to INTERESTED (the inbox and the contacts' mailboxes
 * are not for flooding).
 */
@Component
class InterestNotifier {

    static final Duration INTEREST_INTERVAL = Duration.ofHours(24);

    private final Notifications notifications;
    private final SolutionCatalog catalog;
    private final ObjectProvider<InterestMail> mail;
    private final Clock clock;

    InterestNotifier(Notifications notifications, SolutionCatalog catalog, ObjectProvider<InterestMail> mail,
            Clock clock) {
        this.notifications = notifications;
        this.catalog = catalog;
        this.mail = mail;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AdoptionChanged event) {
        if (event.status() != AdoptionStatus.INTERESTED) {
            return;
        }
        Instant now = clock.instant();
        catalog.findPublished(event.solutionId()).ifPresent(solution -> {
            if (notifications.existsByRecipientCodeAndKindAndSolutionIdAndInterestedCodeAndCreatedAtAfter(
                    solution.publisherCode(), Notification.Kind.INTEREST, solution.id(), event.municipalityCode(),
                    now.minus(INTEREST_INTERVAL))) {
                return;
            }
            notifications.save(new Notification(solution.publisherCode(), Notification.Kind.INTEREST, solution.id(),
                    event.municipalityCode(), event.municipalityCode(), event.at() != null ? event.at() : now));
            mail.ifAvailable(m -> m.send(event));
        });
    }
}
