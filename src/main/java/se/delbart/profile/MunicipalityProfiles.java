package se.delbart.profile;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface MunicipalityProfiles extends Repository<MunicipalityProfile, String> {

    Optional<MunicipalityProfile> findById(String kommunkod);

    List<MunicipalityProfile> findAll();

    MunicipalityProfile saveAndFlush(MunicipalityProfile profile);
}
