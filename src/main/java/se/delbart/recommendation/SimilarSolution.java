package se.delbart.recommendation;

import java.util.List;
import java.util.UUID;

/**
 * A solution like another: 0.7 × text similarity (more-like-this via the search port, relative to the best hit) +
 * 0.3 × co-adoption (share of the solution's users who also use this one).
 */
public record SimilarSolution(UUID solutionId, String name, String summary, String publisherCode,
        String publisherName, double score, double textSimilarity, double coAdoption, List<Reason> reasons) {
}
