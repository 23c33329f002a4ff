package se.delbart.insight.cluster.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.delbart.catalog.MunicipalityPageSection;
import se.delbart.catalog.SolutionPageSection;
import se.delbart.insight.cluster.CollaborationClusters;
import se.delbart.insight.needs.MunicipalityFacts;
import se.delbart.shared.Actor;

/** On a municipality's page, for its staff (and analysts): the collaboration clusters shared with it. */
@Component
@Order(20)
class ClusterMunicipalitySection implements MunicipalityPageSection {

    private final CollaborationClusters clusters;

    ClusterMunicipalitySection(CollaborationClusters clusters) {
        this.clusters = clusters;
    }

    @Override
    public Optional<SolutionPageSection.Content> contentFor(Actor actor, String kommunkod) {
        var shared = clusters.sharedWith(actor, kommunkod);
        if (shared.isEmpty()) {
            return Optional.empty();
        }
        Map<String, MunicipalityFacts> facts = clusters.facts();
        List<ClusterViews.SavedView> views = shared.stream().map(c -> ClusterViews.SavedView.of(c, facts)).toList();
        return Optional.of(new SolutionPageSection.Content("insight/cluster/section", "clusters", views));
    }
}
