package se.delbart.interop;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ImportedPubliccodes extends Repository<ImportedPubliccode, UUID> {

    ImportedPubliccode save(ImportedPubliccode imported);

    Optional<ImportedPubliccode> findById(UUID solutionId);

    /** The municipality's earlier imports of a file with this url, the latest first. */
    java.util.List<ImportedPubliccode> findByPublisherCodeAndSourceUrlOrderByImportedAtDesc(String publisherCode,
            String sourceUrl);
}
