package se.delbart.path;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Every checklist tick. */
interface ChecklistEntries extends Repository<ChecklistEntry, UUID> {

    ChecklistEntry saveAndFlush(ChecklistEntry entry);

    List<ChecklistEntry> findByAdoptionId(UUID adoptionId);

    List<ChecklistEntry> findByAdoptionIdIn(Collection<UUID> adoptionIds);

    Optional<ChecklistEntry> findByAdoptionIdAndStepId(UUID adoptionId, String stepId);
}
