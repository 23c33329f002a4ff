package se.delbart.insight.cluster;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface SavedClusters extends Repository<SavedCluster, UUID> {

    SavedCluster save(SavedCluster cluster);

    Optional<SavedCluster> findById(UUID id);

    List<SavedCluster> findAllByOrderByCreatedAtDesc();

    @Query("select c from SavedCluster c join c.members m where m = :kommunkod and c.shared = true order by c.sharedAt desc")
    List<SavedCluster> findSharedWith(@Param("kommunkod") String kommunkod);
}
