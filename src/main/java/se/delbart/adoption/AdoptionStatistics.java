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
        Map<UUID, Instant> inProduction = firstInProduction();
        Map<UUID, Experience> reports = new HashMap<>();
        entityManager.createQuery("""
                select r from ExperienceReport r where r.revision =
                  (select max(r2.revision) from ExperienceReport r2 where r2.adoptionId = r.adoptionId)""",
                ExperienceReport.class).getResultList()
                .forEach(r -> reports.put(r.adoptionId(), r.experience()));
        return adoptions.stream().map(a -> new AdoptionRecord(a.id(), a.solutionId(), a.municipalityCode(),
                a.status(), a.createdAt(), inProduction.get(a.id()), reports.get(a.id()))).toList();
    }

    /**
     * When each adoption first went into production. A step to IN_PRODUCTION that the next step corrects was a
     * mistake (the municipality never ran it), so it does not count.
     */
    private Map<UUID, Instant> firstInProduction() {
        List<AdoptionStatusChange> steps = entityManager.createQuery("""
                select c from AdoptionStatusChange c
                where c.adoptionId in (select p.adoptionId from AdoptionStatusChange p where p.to = :status)
                order by c.adoptionId, c.changedAt, c.id""", AdoptionStatusChange.class)
                .setParameter("status", AdoptionStatus.IN_PRODUCTION).getResultList();
        Map<UUID, Instant> first = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            AdoptionStatusChange step = steps.get(i);
            AdoptionStatusChange next = i + 1 < steps.size() ? steps.get(i + 1) : null;
            boolean corrected = next != null && next.adoptionId().equals(step.adoptionId()) && next.correction();
            if (step.to() == AdoptionStatus.IN_PRODUCTION && !corrected) {
                first.putIfAbsent(step.adoptionId(), step.changedAt());
            }
        }
        return first;
    }
}
