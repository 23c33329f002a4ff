package se.delbart.adoption;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The status history of adoptions. */
public interface AdoptionStatusChanges extends Repository<AdoptionStatusChange, Long> {

    AdoptionStatusChange save(AdoptionStatusChange change);

    List<AdoptionStatusChange> findByAdoptionIdOrderByChangedAtAscIdAsc(UUID adoptionId);

    /** The adoption's status changes at or after {@code since}, oldest first: what the rate limit counts. */
    List<AdoptionStatusChange> findByAdoptionIdAndChangedAtGreaterThanEqualOrderByChangedAtAsc(UUID adoptionId,
            java.time.Instant since);

    /** Adoption id → time of its latest status change, for the given adoptions (absent: no change recorded). */
    @Query("select c.adoptionId, max(c.changedAt) from AdoptionStatusChange c where c.adoptionId in :ids group by c.adoptionId")
    List<Object[]> latestChangeFor(@Param("ids") Collection<UUID> adoptionIds);
}
