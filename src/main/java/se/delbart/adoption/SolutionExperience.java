package se.delbart.adoption;

import java.util.List;
import java.util.Map;

import se.delbart.catalog.Effort;

/**
 * Stated effort beside what adopters report, average ratings, and the badges earned — computed from the records on
 * each read, so it never drifts from them.
 */
public record SolutionExperience(
        Map<AdoptionStatus, Long> adoptions,
        Effort stated,
        Reported reported,
        Ratings ratings,
        Figures.Rating recommend,
        List<TrustBadge> badges,
        List<AdopterCount> adoptersBySkrGroup,
        List<AdopterCount> adoptersByCounty,
        List<RecentReport> recentReports) {

    /** How many adopters (all but DISCONTINUED) a SKR group or county has, by code. */
    public record AdopterCount(String code, String name, long adopters) {

        /** Counts [code, name] pairs, ordered by code. */
        static List<AdopterCount> tally(List<String[]> codeAndName) {
            java.util.TreeMap<String, long[]> counts = new java.util.TreeMap<>();
            java.util.Map<String, String> names = new java.util.HashMap<>();
            for (String[] pair : codeAndName) {
                counts.computeIfAbsent(pair[0], k -> new long[1])[0]++;
                names.put(pair[0], pair[1]);
            }
            return counts.entrySet().stream().map(e -> new AdopterCount(e.getKey(), names.get(e.getKey()), e.getValue()[0]))
                    .toList();
        }
    }

    /** An adopter's current experience report. */
    public record RecentReport(java.util.UUID adoptionId, String municipality, String municipalityName,
            AdoptionStatus status, java.time.Instant reportedAt, int revision, Experience experience) {
    }

    /** Total adoptions in any status. */
    public long total() {
        return adoptions.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The largest count in {@link #adoptersBySkrGroup()} or {@link #adoptersByCounty()}, for scaling bars. */
    public long maxAdopters() {
        return java.util.stream.Stream.concat(adoptersBySkrGroup.stream(), adoptersByCounty.stream())
                .mapToLong(AdopterCount::adopters).max().orElse(0);
    }

    public record Reported(Figures implementationDays, Figures adaptationDays, Figures oneOffCostSek,
            Figures yearlyCostSek, Figures weeksToFirstValue) {
    }

    public record Ratings(Figures.Rating operational, Figures.Rating citizen, Figures.Rating support) {
    }
}
