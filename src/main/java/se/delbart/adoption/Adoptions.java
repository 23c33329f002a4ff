package se.delbart.adoption;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** All adoptions. */
public interface Adoptions extends Repository<Adoption, UUID> {

    Adoption saveAndFlush(Adoption adoption);

    Optional<Adoption> findById(UUID id);

    Optional<Adoption> findBySolutionIdAndMunicipalityCode(UUID solutionId, String municipalityCode);

    List<Adoption> findBySolutionIdOrderByCreatedAtAsc(UUID solutionId);

    List<Adoption> findByMunicipalityCodeOrderByUpdatedAtDesc(String municipalityCode);

    long countBySolutionIdAndStatus(UUID solutionId, AdoptionStatus status);

    /** Solution id → number of adoptions in the given status, for the given solutions (absent: zero). */
    @Query("select a.solutionId, count(a) from Adoption a where a.solutionId in :ids and a.status = :status group by a.solutionId")
    List<Object[]> countByStatusFor(@Param("ids") Collection<UUID> solutionIds, @Param("status") AdoptionStatus status);

    /** Every adoption, oldest first (used by recommendations, issue 6). */
    List<Adoption> findAllByOrderByCreatedAtAsc();
}
