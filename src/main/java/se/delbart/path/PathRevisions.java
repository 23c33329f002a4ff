package se.delbart.path;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Every revision of every path. */
interface PathRevisions extends Repository<PathRevision, Long> {

    PathRevision saveAndFlush(PathRevision revision);

    Optional<PathRevision> findFirstBySolutionIdOrderByRevisionDesc(UUID solutionId);

    List<PathRevision> findBySolutionIdOrderByRevisionDesc(UUID solutionId);

    @Query("select distinct r.solutionId from PathRevision r where r.solutionId in :ids")
    List<UUID> solutionsWithPath(@Param("ids") Collection<UUID> solutionIds);
}
