package se.delbart.catalog;

import java.util.UUID;

/** Domain event: registered by the {@link Solution} aggregate, published when it is saved. */
public record SolutionWithdrawn(UUID solutionId, String publisherCode) {
}
