package se.delbart.insight.cluster.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.delbart.insight.cluster.ClusterProposer;
import se.delbart.insight.cluster.SavedCluster;
import se.delbart.insight.needs.MunicipalityFacts;
import se.delbart.shared.export.Table;

/** JSON shapes and CSV of proposed and saved clusters. */
final class ClusterViews {

    private ClusterViews() {
    }

    record MemberView(String kommunkod, String name) {
    }

    record SavedView(UUID id, String name, String note, String theme, String reason, List<MemberView> members,
            boolean shared, Instant sharedAt, String createdBy, Instant createdAt) {
        static SavedView of(SavedCluster c, Map<String, MunicipalityFacts> facts) {
            return new SavedView(c.id(), c.name(), c.note(), c.theme(), c.reason(), c.members().stream()
                    .map(k -> new MemberView(k, facts.containsKey(k) ? facts.get(k).name() : k)).toList(), c.shared(),
                    c.sharedAt(), c.createdBy(), c.createdAt());
        }
    }

    static Table proposalsTable(List<ClusterProposer.Proposal> proposals) {
        Table csv = Table.withColumns("proposal", "theme", "domain", "municipality_code", "municipality", "county",
                "skr_group", "ideal_type", "ideal_type_estimated", "has_the_need", "experience_in_domain", "reason");
        for (ClusterProposer.Proposal p : proposals) {
            for (ClusterProposer.Member m : p.members()) {
                csv.row(p.key(), p.theme(), p.domain(), m.kommunkod(), m.name(), m.countyName(), m.skrGroup().name(),
                        m.type().name(), m.estimated(), m.core(), m.experienced(), p.reason());
            }
        }
        return csv;
    }

    static Table savedTable(List<SavedCluster> clusters, Map<String, MunicipalityFacts> facts) {
        Table csv = Table.withColumns("id", "name", "theme", "municipality_code", "municipality", "shared",
                "created_by", "created_at", "note");
        for (SavedCluster c : clusters) {
            for (String k : c.members()) {
                csv.row(c.id().toString(), c.name(), c.theme(), k, facts.containsKey(k) ? facts.get(k).name() : k,
                        c.shared(), c.createdBy(), c.createdAt().toString(), c.note());
            }
        }
        return csv;
    }
}
