package se.delbart.catalog;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** The audit history of solutions. */
public interface SolutionChanges extends Repository<SolutionChange, Long> {

    SolutionChange save(SolutionChange change);

    Page<SolutionChange> findBySolutionIdOrderByChangedAtDescIdDesc(UUID solutionId, Pageable pageable);
}
