package se.delbart.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the index holds of one published solution. Text fields are plain text (Markdown already stripped).
 * {@link #facetValues()} gives each facet's values as the strings that filters and facet counts use.
 * {@code offeredAsService}: a confirmed provider both hosts and supports it for other municipalities.
 */
public record SolutionDocument(
        UUID id,
        String name,
        String summary,
        String description,
        String problem,
        List<String> features,
        Set<String> tags,
        Set<String> domains,
        String solutionType,
        String status,
        String effortLevel,
        Set<String> idealTypes,
        String competenceNeeded,
        String origin,
        String publisherCode,
        String publisherName,
        String publisherSkrGroup,
        String publisherCountyCode,
        boolean openSource,
        Instant publishedAt,
        int adoptionCount,
        boolean offeredAsService) {

    /** A document of a solution nobody offers as a service. */
    public SolutionDocument(UUID id, String name, String summary, String description, String problem,
            List<String> features, Set<String> tags, Set<String> domains, String solutionType, String status,
            String effortLevel, Set<String> idealTypes, String competenceNeeded, String origin, String publisherCode,
            String publisherName, String publisherSkrGroup, String publisherCountyCode, boolean openSource,
            Instant publishedAt, int adoptionCount) {
        this(id, name, summary, description, problem, features, tags, domains, solutionType, status, effortLevel,
                idealTypes, competenceNeeded, origin, publisherCode, publisherName, publisherSkrGroup,
                publisherCountyCode, openSource, publishedAt, adoptionCount, false);
    }

    public SolutionDocument {
        features = features == null ? List.of() : List.copyOf(features);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        domains = domains == null ? Set.of() : Set.copyOf(domains);
        idealTypes = idealTypes == null ? Set.of() : Set.copyOf(idealTypes);
    }

    /** Facet → values of this document (a facet may have several values, e.g. domains). */
    public Map<Facet, Set<String>> facetValues() {
        java.util.EnumMap<Facet, Set<String>> values = new java.util.EnumMap<>(Facet.class);
        values.put(Facet.DOMAIN, domains);
        values.put(Facet.SOLUTION_TYPE, single(solutionType));
        values.put(Facet.STATUS, single(status));
        values.put(Facet.EFFORT_LEVEL, single(effortLevel));
        values.put(Facet.IDEAL_TYPE, idealTypes);
        values.put(Facet.COMPETENCE, single(competenceNeeded));
        values.put(Facet.ORIGIN, single(origin));
        values.put(Facet.SKR_GROUP, single(publisherSkrGroup));
        values.put(Facet.COUNTY, single(publisherCountyCode));
        values.put(Facet.OPEN_SOURCE, Set.of(Boolean.toString(openSource)));
        values.put(Facet.ADOPTIONS, Set.of(AdoptionBucket.of(adoptionCount)));
        values.put(Facet.SERVICE, Set.of(Boolean.toString(offeredAsService)));
        return values;
    }

    private static Set<String> single(String value) {
        return value == null ? Set.of() : Set.of(value);
    }
}
