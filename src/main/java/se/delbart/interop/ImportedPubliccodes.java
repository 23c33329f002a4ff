package se.delbart.interop;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ImportedPubliccodes extends Repository<ImportedPubliccode, UUID> {

    ImportedPubliccode save(ImportedPubliccode imported);

    Optional<ImportedPubliccode> findById(UUID solutionId);
}
