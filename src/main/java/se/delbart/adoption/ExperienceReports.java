package se.delbart.adoption;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Experience report revisions. */
public interface ExperienceReports extends Repository<ExperienceReport, Long> {

    ExperienceReport save(ExperienceReport report);

    Optional<ExperienceReport> findFirstByAdoptionIdOrderByRevisionDesc(UUID adoptionId);

    List<ExperienceReport> findByAdoptionIdOrderByRevisionDesc(UUID adoptionId);

    /** The current (latest) revision of each of the given adoptions' reports, in one query. */
    @Query("""
            select r from ExperienceReport r where r.adoptionId in :ids and r.revision =
              (select max(r2.revision) from ExperienceReport r2 where r2.adoptionId = r.adoptionId)""")
    List<ExperienceReport> findCurrentByAdoptionIdIn(@Param("ids") Collection<UUID> adoptionIds);

    /** Solution id and current report of every adoption of the given solutions that has a report, in one query. */
    @Query("""
            select a.solutionId, r from ExperienceReport r, Adoption a where a.id = r.adoptionId and a.solutionId in :ids
              and r.revision = (select max(r2.revision) from ExperienceReport r2 where r2.adoptionId = r.adoptionId)""")
    List<Object[]> findCurrentBySolutionIdIn(@Param("ids") Collection<UUID> solutionIds);
}
