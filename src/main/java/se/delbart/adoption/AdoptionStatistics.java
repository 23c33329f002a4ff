package se.delbart.adoption;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/**
 * Every adoption with the date it first reached production and its current experience report, in three queries
 * whatever the number of adoptions: what national insight (issue 7) aggregates. Read-only.
 */
@Service
@Transactional(readOnly = true)
public class AdoptionStatistics {

    private final EntityManager entityManager;

    AdoptionStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** All adoptions, oldest first. */
    public List<AdoptionRecord> records() {
        List<Adoption> adoptions = entityManager
                .createQuery("select a from Adoption a order by a.createdAt, a.id", Adoption.class).getResultList();
        Map<UUID, Instant> inProduction = new HashMap<>();
        entityManager.createQuery("""
                select c.adoptionId, min(c.changedAt) from AdoptionStatusChange c
                where c.to = :status group by c.adoptionId""", Object[].class)
                .setParameter("status", AdoptionStatus.IN_PRODUCTION).getResultList()
                .forEach(row -> inProduction.put((UUID) row[0], (Instant) row[1]));
        Map<UUID, Experience> reports = new HashMap<>();
        entityManager.createQuery("""
                select r from ExperienceReport r where r.revision =
                  (select max(r2.revision) from ExperienceReport r2 where r2.adoptionId = r.adoptionId)""",
                ExperienceReport.class).getResultList()
                .forEach(r -> reports.put(r.adoptionId(), r.experience()));
        return adoptions.stream().map(a -> new AdoptionRecord(a.id(), a.solutionId(), a.municipalityCode(),
                a.status(), a.createdAt(), inProduction.get(a.id()), reports.get(a.id()))).toList();
    }
}
