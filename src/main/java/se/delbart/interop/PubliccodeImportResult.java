package se.delbart.interop;

import java.util.List;
import java.util.UUID;

/**
 * An accepted publiccode.yml: the mapped draft, the file's warnings plus the mapping's notes, and the id of the
 * solution it created or updated (null in a dry run). {@code updated}: the municipality had imported a file with the
 * same url before, and that solution was updated instead of a second one created.
 */
public record PubliccodeImportResult(UUID solutionId, boolean dryRun, PubliccodeDraft draft, List<Finding> warnings,
        boolean updated) {
}
