package se.delbart.contact;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.adoption.AdoptionRegistry;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.shared.Actor;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.NotFoundException;
import se.delbart.shared.NotPermittedException;

/**
 * The thread between a solution's publisher and a municipality that recorded an adoption of it (from INTERESTED
 * on). Only staff of those two municipalities read or write it ({@link ThreadAccess}); a message notifies the other.
 */
@Service
@Transactional
public class Threads {

    static final int MAX_LENGTH = 4000;
    /** Messages one municipality may write in one thread within an hour (no flooding of the other side). */
    static final int MAX_MESSAGES_PER_HOUR = 20;

    private final ThreadMessages messages;
    private final Notifications notifications;
    private final SolutionCatalog catalog;
    private final AdoptionRegistry adoptions;
    private final Clock clock;

    Threads(ThreadMessages messages, Notifications notifications, SolutionCatalog catalog, AdoptionRegistry adoptions,
            Clock clock) {
        this.messages = messages;
        this.notifications = notifications;
        this.catalog = catalog;
        this.adoptions = adoptions;
        this.clock = clock;
    }

    /** A thread as its reader sees it; reading marks its notifications to the reader's municipality as read. */
    public record Thread(UUID solutionId, String solutionName, String publisherCode, String interestedCode,
            List<ThreadMessage> messages) {
    }

    public Thread read(Actor actor, UUID solutionId, String interestedCode) {
        Solution solution = check(actor, solutionId, interestedCode);
        notifications.findByRecipientCodeAndSolutionIdAndInterestedCodeAndReadAtIsNull(actor.municipalityCode(),
                solutionId, interestedCode).forEach(n -> {
                    n.markRead(clock.instant());
                    notifications.save(n);
                });
        return new Thread(solutionId, solution.name(), solution.publisherCode(), interestedCode,
                messages.findBySolutionIdAndInterestedCodeOrderByCreatedAtAscIdAsc(solutionId, interestedCode));
    }

    public ThreadMessage post(Actor actor, UUID solutionId, String interestedCode, String body) {
        Solution solution = check(actor, solutionId, interestedCode);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH || !se.delbart.shared.PlainText.Validator.isPlain(text, true)) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "write 1 to " + MAX_LENGTH + " characters, without control characters")));
        }
        var now = clock.instant();
        if (messages.countBySolutionIdAndInterestedCodeAndAuthorCodeAndCreatedAtAfter(solutionId, interestedCode,
                actor.municipalityCode(), now.minus(java.time.Duration.ofHours(1))) >= MAX_MESSAGES_PER_HOUR) {
            throw new se.delbart.shared.TooManyRequestsException(List.of(new FieldProblem("body",
                    "at most " + MAX_MESSAGES_PER_HOUR + " messages an hour from one municipality in a thread")),
                    java.time.Duration.ofMinutes(10));
        }
        ThreadMessage message = messages.save(new ThreadMessage(solutionId, interestedCode, actor.municipalityCode(),
                actor.username(), text, now));
        String recipient = actor.worksFor(interestedCode) ? solution.publisherCode() : interestedCode;
        // one unread notice per thread is enough: further messages are in the thread it links to
        if (!notifications.existsByRecipientCodeAndKindAndSolutionIdAndInterestedCodeAndReadAtIsNull(recipient,
                Notification.Kind.MESSAGE, solutionId, interestedCode)) {
            notifications.save(new Notification(recipient, Notification.Kind.MESSAGE, solutionId, interestedCode,
                    actor.municipalityCode(), now));
        }
        return message;
    }

    /** 404 for an unknown solution or thread, 403 for anybody but the two municipalities' staff. */
    private Solution check(Actor actor, UUID solutionId, String interestedCode) {
        Solution solution = catalog.get(actor, solutionId);
        if (!ThreadAccess.allows(actor, solution.publisherCode(), interestedCode)) {
            throw new NotPermittedException("Only the publisher's and the interested municipality's staff see this thread.");
        }
        if (adoptions.find(interestedCode, solutionId).isEmpty()) {
            throw new NotFoundException("Thread with municipality " + interestedCode + " about solution", solutionId);
        }
        return solution;
    }
}
