package se.delbart.contact;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Inbox notifications. */
interface Notifications extends Repository<Notification, Long> {

    Notification save(Notification notification);

    /** One page of a recipient's notifications; the caller's Pageable carries the order. */
    org.springframework.data.domain.Page<Notification> findByRecipientCode(String recipientCode, Pageable pageable);

    long countByRecipientCodeAndReadAtIsNull(String recipientCode);

    boolean existsByRecipientCodeAndKindAndSolutionIdAndInterestedCodeAndCreatedAtAfter(String recipientCode,
            Notification.Kind kind, UUID solutionId, String interestedCode, java.time.Instant after);

    boolean existsByRecipientCodeAndKindAndSolutionIdAndInterestedCodeAndReadAtIsNull(String recipientCode,
            Notification.Kind kind, UUID solutionId, String interestedCode);

    List<Notification> findByRecipientCodeAndReadAtIsNull(String recipientCode);

    List<Notification> findByRecipientCodeAndSolutionIdAndInterestedCodeAndReadAtIsNull(String recipientCode,
            UUID solutionId, String interestedCode);
}
