package se.delbart.contact;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Thread messages. */
interface ThreadMessages extends Repository<ThreadMessage, Long> {

    ThreadMessage save(ThreadMessage message);

    List<ThreadMessage> findBySolutionIdAndInterestedCodeOrderByCreatedAtAscIdAsc(UUID solutionId, String interestedCode);

    long countBySolutionIdAndInterestedCodeAndAuthorCodeAndCreatedAtAfter(UUID solutionId, String interestedCode,
            String authorCode, java.time.Instant after);
}
