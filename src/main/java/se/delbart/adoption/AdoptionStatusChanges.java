package se.delbart.adoption;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The status history of adoptions. */
public interface AdoptionStatusChanges extends Repository<AdoptionStatusChange, Long> {

    AdoptionStatusChange save(AdoptionStatusChange change);

    List<AdoptionStatusChange> findByAdoptionIdOrderByChangedAtAscIdAsc(UUID adoptionId);
}
