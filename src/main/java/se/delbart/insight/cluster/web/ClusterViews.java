package se.delbart.insight.cluster.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.delbart.insight.Csv;
import se.delbart.insight.cluster.ClusterProposer;
import se.delbart.insight.cluster.SavedCluster;
import se.delbart.insight.needs.MunicipalityFacts;

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

    static Csv proposalsCsv(List<ClusterProposer.Proposal> proposals) {
        Csv csv = Csv.withHeader("forslag", "tema", "omrade", "kommunkod", "kommun", "lan", "kommungrupp", "idealtyp",
                "idealtyp_uppskattad", "har_behovet", "erfarenhet_inom_omradet", "varfor");
        for (ClusterProposer.Proposal p : proposals) {
            for (ClusterProposer.Member m : p.members()) {
                csv.row(p.key(), p.theme(), p.domain(), m.kommunkod(), m.name(), m.countyName(), m.skrGroup().name(),
                        m.type().name(), m.estimated() ? "ja" : "nej", m.core() ? "ja" : "nej",
                        m.experienced() ? "ja" : "nej", p.reason());
            }
        }
        return csv;
    }

    static Csv savedCsv(List<SavedCluster> clusters, Map<String, MunicipalityFacts> facts) {
        Csv csv = Csv.withHeader("id", "namn", "tema", "kommunkod", "kommun", "delad", "skapad_av", "skapad",
                "anteckning");
        for (SavedCluster c : clusters) {
            for (String k : c.members()) {
                csv.row(c.id().toString(), c.name(), c.theme(), k, facts.containsKey(k) ? facts.get(k).name() : k,
                        c.shared() ? "ja" : "nej", c.createdBy(), c.createdAt().toString(), c.note());
            }
        }
        return csv;
    }
}
