package se.delbart.catalog;

import java.util.Set;
import java.util.UUID;

/** Domain event: a published solution's details changed; {@code fields} are the JSON names that changed. */
public record SolutionChanged(UUID solutionId, String publisherCode, Set<String> fields) {
}
