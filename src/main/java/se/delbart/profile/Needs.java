package se.delbart.profile;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface Needs extends Repository<Need, UUID> {

    Need save(Need need);

    Optional<Need> findById(UUID id);

    List<Need> findByKommunkodOrderByCreatedAtAscIdAsc(String kommunkod);

    long countByKommunkod(String kommunkod);

    List<Need> findAllByOrderByKommunkodAscCreatedAtAsc();

    void delete(Need need);
}
