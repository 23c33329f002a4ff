package se.delbart.contact;

import java.time.Clock;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.delbart.adoption.AdoptionChanged;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.catalog.SolutionCatalog;

/** An adoption that becomes INTERESTED notifies the publisher's inbox, after the adoption's transaction commits. */
@Component
class InterestNotifier {

    private final Notifications notifications;
    private final SolutionCatalog catalog;
    private final Clock clock;

    InterestNotifier(Notifications notifications, SolutionCatalog catalog, Clock clock) {
        this.notifications = notifications;
        this.catalog = catalog;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AdoptionChanged event) {
        if (event.status() != AdoptionStatus.INTERESTED) {
            return;
        }
        catalog.findPublished(event.solutionId()).ifPresent(solution -> notifications.save(new Notification(
                solution.publisherCode(), Notification.Kind.INTEREST, solution.id(), event.municipalityCode(),
                event.municipalityCode(), event.at() != null ? event.at() : clock.instant())));
    }
}
