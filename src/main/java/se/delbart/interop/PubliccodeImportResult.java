package se.delbart.interop;

import java.util.List;
import java.util.UUID;

/**
 * An accepted publiccode.yml: the mapped draft, the file's warnings plus the mapping's notes, and the new draft's id
 * (null in a dry run).
 */
public record PubliccodeImportResult(UUID solutionId, boolean dryRun, PubliccodeDraft draft, List<Finding> warnings) {
}
