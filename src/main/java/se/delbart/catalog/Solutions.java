package se.delbart.catalog;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** All solutions, whatever their lifecycle. Visibility rules live in {@link SolutionCatalog}. */
public interface Solutions extends Repository<Solution, UUID>, JpaSpecificationExecutor<Solution> {

    Solution save(Solution solution);

    Solution saveAndFlush(Solution solution);

    Optional<Solution> findById(UUID id);

    long count();

    long countByLifecycle(Lifecycle lifecycle);

    Page<Solution> findAll(Specification<Solution> spec, Pageable pageable);
}
