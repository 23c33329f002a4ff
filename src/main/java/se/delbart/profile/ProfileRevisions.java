package se.delbart.profile;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ProfileRevisions extends Repository<ProfileRevision, Long> {

    ProfileRevision save(ProfileRevision revision);

    List<ProfileRevision> findByKommunkodOrderByRevisionDesc(String kommunkod);

    Optional<ProfileRevision> findFirstByKommunkodOrderByRevisionDesc(String kommunkod);
}
