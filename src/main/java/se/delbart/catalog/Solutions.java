package se.delbart.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** All solutions, whatever their lifecycle. Visibility rules live in {@link SolutionCatalog}. */
public interface Solutions extends Repository<Solution, UUID>, JpaSpecificationExecutor<Solution> {

    Solution save(Solution solution);

    Solution saveAndFlush(Solution solution);

    Optional<Solution> findById(UUID id);

    /** Lifecycle and publisher only: enough to decide visibility without loading the solution's collections. */
    @Query("select s.lifecycle as lifecycle, s.publisherCode as publisherCode from Solution s where s.id = :id")
    Optional<Visibility> findVisibilityById(@Param("id") UUID id);

    /** Id and name of those of the given solutions that are published now. */
    @Query("select s.id, s.name from Solution s where s.id in :ids and s.lifecycle = :lifecycle")
    List<Object[]> findNamesByIdInAndLifecycle(@Param("ids") Collection<UUID> ids,
            @Param("lifecycle") Lifecycle lifecycle);

    /** The stated effort columns of those of the given solutions that are published now. */
    @Query("""
            select s.id, s.effortLevel, s.maturity, s.implDaysMin, s.implDaysMax, s.adaptDaysMin, s.adaptDaysMax,
                   s.oneOffCostSek, s.yearlyCostSek
            from Solution s where s.id in :ids and s.lifecycle = :lifecycle""")
    List<Object[]> findEffortsByIdInAndLifecycle(@Param("ids") Collection<UUID> ids,
            @Param("lifecycle") Lifecycle lifecycle);

    interface Visibility {
        Lifecycle getLifecycle();

        String getPublisherCode();
    }

    long count();

    long countByLifecycle(Lifecycle lifecycle);

    Page<Solution> findAll(Specification<Solution> spec, Pageable pageable);
}
