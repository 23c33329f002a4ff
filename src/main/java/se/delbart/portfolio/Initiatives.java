package se.delbart.portfolio;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface Initiatives extends Repository<Initiative, UUID> {

    Initiative save(Initiative initiative);

    Optional<Initiative> findById(UUID id);

    List<Initiative> findByKommunkodOrderByCreatedAtDescIdAsc(String kommunkod);

    List<Initiative> findByIdIn(Collection<UUID> ids);

    /** Every initiative built on a catalogue solution: what the national view aggregates. */
    List<Initiative> findBySolutionIdIsNotNull();

    long countByKommunkod(String kommunkod);
}
