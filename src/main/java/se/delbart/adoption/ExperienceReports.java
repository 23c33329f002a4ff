package se.delbart.adoption;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Experience report revisions. */
public interface ExperienceReports extends Repository<ExperienceReport, Long> {

    ExperienceReport save(ExperienceReport report);

    Optional<ExperienceReport> findFirstByAdoptionIdOrderByRevisionDesc(UUID adoptionId);

    List<ExperienceReport> findByAdoptionIdOrderByRevisionDesc(UUID adoptionId);
}
