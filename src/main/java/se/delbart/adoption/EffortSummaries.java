package se.delbart.adoption;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.StatedEffort;

/**
 * Effort summaries for the solution cards of a page, in two queries whatever the number of cards: the stated
 * effort and the adopters' current reports. Templates call it by name ({@code @effortSummaries}) so that every
 * page with cards (lists, search hits, recommendations, similar solutions) feeds the one card fragment alike, without
 * the catalogue's and the search's pages depending on this module.
 */
@Service("effortSummaries")
public class EffortSummaries {

    private final SolutionCatalog catalog;
    private final ExperienceReports reports;

    EffortSummaries(SolutionCatalog catalog, ExperienceReports reports) {
        this.catalog = catalog;
        this.reports = reports;
    }

    /** Solution id → summary, for those of the given solutions that are published now. */
    @Transactional(readOnly = true)
    public Map<UUID, EffortSummary> of(Collection<UUID> solutionIds) {
        List<UUID> ids = solutionIds == null ? List.of() : solutionIds.stream().filter(Objects::nonNull).distinct().toList();
        Map<UUID, StatedEffort> stated = catalog.publishedEfforts(ids);
        if (stated.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<Experience>> reported = new HashMap<>();
        reports.findCurrentBySolutionIdIn(stated.keySet()).forEach(row -> reported
                .computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add(((ExperienceReport) row[1]).experience()));
        Map<UUID, EffortSummary> summaries = new HashMap<>();
        stated.forEach((id, effort) -> {
            List<Experience> current = reported.getOrDefault(id, List.of());
            summaries.put(id, new EffortSummary(effort, figures(current, Experience::implementationDays),
                    figures(current, Experience::adaptationDays), figures(current, Experience::oneOffCostSek),
                    figures(current, Experience::yearlyCostSek)));
        });
        return summaries;
    }

    private static Figures figures(List<Experience> current, Function<Experience, ? extends Number> figure) {
        return Figures.of(current.stream().<Number>map(figure).toList());
    }
}
