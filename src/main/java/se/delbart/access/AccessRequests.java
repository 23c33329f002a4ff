package se.delbart.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface AccessRequests extends Repository<AccessRequest, UUID> {

    AccessRequest save(AccessRequest request);

    Optional<AccessRequest> findById(UUID id);

    List<AccessRequest> findByStatusOrderByCreatedAtAsc(AccessRequestStatus status);

    long countByStatus(AccessRequestStatus status);

    /** In its own transaction: the purge job runs outside one (ShedLock's lock must commit on its own). */
    @Modifying
    @org.springframework.transaction.annotation.Transactional
    @Query("""
            delete from AccessRequest r
            where (r.status <> se.delbart.access.AccessRequestStatus.PENDING and r.decidedAt < :decidedBefore)
               or (r.status = se.delbart.access.AccessRequestStatus.PENDING and r.createdAt < :createdBefore)""")
    int deleteExpired(@Param("decidedBefore") Instant decidedBefore, @Param("createdBefore") Instant createdBefore);
}
