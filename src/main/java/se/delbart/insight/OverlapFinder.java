package se.delbart.insight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import se.delbart.catalog.Domain;

/**
 * Groups overlapping local efforts, deterministically: two solutions are linked when each is among the other's
 * similar solutions with a relative similarity of at least the threshold (mutual), their publishers differ and they
 * share a domain; groups are the connected components of those links (union-find), largest first.
 */
public final class OverlapFinder {

    private static final Set<String> STOP_WORDS = Set.of("och", "för", "med", "som", "till", "från", "inom", "eller",
            "samt", "egen", "egna", "kommun", "kommuner", "kommunens", "digital", "digitalt", "digitala");

    private final double threshold;

    public OverlapFinder(double threshold) {
        this.threshold = threshold;
    }

    /**
     * @param solutions  the solutions that may overlap (local efforts)
     * @param similarity for each solution, its similar solutions with a similarity 0..1 relative to its best hit
     */
    List<OverlapGroup> group(Collection<SolutionFacts> solutions, Map<UUID, Map<UUID, Double>> similarity) {
        Map<UUID, SolutionFacts> byId = new TreeMap<>();
        solutions.forEach(s -> byId.put(s.id(), s));
        Map<UUID, UUID> parent = new HashMap<>();
        byId.keySet().forEach(id -> parent.put(id, id));
        List<OverlapGroup.Link> links = new ArrayList<>();
        for (SolutionFacts a : byId.values()) {
            Map<UUID, Double> near = new TreeMap<>(similarity.getOrDefault(a.id(), Map.of()));
            for (Map.Entry<UUID, Double> e : near.entrySet()) {
                SolutionFacts b = byId.get(e.getKey());
                if (b == null || a.id().compareTo(b.id()) >= 0) {
                    continue; // each pair once, from its smaller id
                }
                Double back = similarity.getOrDefault(b.id(), Map.of()).get(a.id());
                if (e.getValue() >= threshold && back != null && back >= threshold
                        && !a.publisherCode().equals(b.publisherCode()) && shareDomain(a, b)) {
                    links.add(new OverlapGroup.Link(a.id(), a.name(), b.id(), b.name(), ScaleScorer.round(Math.min(e.getValue(), back))));
                    parent.put(root(parent, a.id()), root(parent, b.id()));
                }
            }
        }
        Map<UUID, List<SolutionFacts>> components = new TreeMap<>();
        byId.values().forEach(s -> components.computeIfAbsent(root(parent, s.id()), k -> new ArrayList<>()).add(s));
        List<OverlapGroup> groups = new ArrayList<>();
        for (List<SolutionFacts> members : components.values()) {
            if (members.size() < 2) {
                continue;
            }
            Set<UUID> ids = members.stream().map(SolutionFacts::id).collect(Collectors.toSet());
            groups.add(describe(members, links.stream().filter(l -> ids.contains(l.from())).toList()));
        }
        groups.sort(Comparator.comparingInt(OverlapGroup::municipalities).reversed()
                .thenComparing(g -> g.members().size(), Comparator.reverseOrder())
                .thenComparing(g -> g.members().get(0).name()));
        return groups;
    }

    private static UUID root(Map<UUID, UUID> parent, UUID id) {
        UUID r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        parent.put(id, r);
        return r;
    }

    private static boolean shareDomain(SolutionFacts a, SolutionFacts b) {
        return a.domains().stream().anyMatch(b.domains()::contains);
    }

    private static OverlapGroup describe(List<SolutionFacts> members, List<OverlapGroup.Link> links) {
        List<SolutionFacts> sorted = members.stream()
                .sorted(Comparator.comparing(SolutionFacts::name).thenComparing(SolutionFacts::id)).toList();
        int municipalities = (int) sorted.stream().map(SolutionFacts::publisherCode).distinct().count();
        Map<Domain, Integer> domains = new TreeMap<>();
        sorted.forEach(s -> s.domains().forEach(d -> domains.merge(d, 1, Integer::sum)));
        List<String> sharedDomains = domains.entrySet().stream().filter(e -> e.getValue() >= 2)
                .sorted(Map.Entry.<Domain, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey().code()).toList();
        List<String> terms = commonTerms(sorted);
        boolean sameType = sorted.stream().map(SolutionFacts::type).distinct().count() == 1;
        String topic = terms.isEmpty() ? null : terms.get(0);
        String headline = municipalities + " kommuner har byggt egna lösningar "
                + (topic == null ? "inom samma verksamhetsområde" : "för " + topic);
        String headlineEn = municipalities + " municipalities have built their own solutions "
                + (topic == null ? "in the same domain" : "for " + topic);
        int min = 0;
        int max = 0;
        for (SolutionFacts s : sorted) {
            if (s.implementationDays() != null) {
                min += s.implementationDays().min();
                max += s.implementationDays().max();
            }
        }
        List<OverlapGroup.Member> list = sorted.stream().map(s -> new OverlapGroup.Member(s.id(), s.name(),
                s.publisherCode(), s.publisherName(), s.type(), s.domainCodes(), s.implementationDays(),
                s.adaptationDays(), s.oneOffCostSek(), s.yearlyCostSek())).toList();
        return new OverlapGroup(headline, headlineEn, municipalities, list, sharedDomains, terms, sameType,
                links.stream().sorted(Comparator.comparing(OverlapGroup.Link::similarity).reversed()
                        .thenComparing(OverlapGroup.Link::from).thenComparing(OverlapGroup.Link::to)).toList(),
                min, max);
    }

    /**
     * Tags, and words of five letters or more from the names, that at least two members have (each member counted
     * once per term), most shared first, then alphabetically; at most six. Tags come before name words on a tie.
     */
    static List<String> commonTerms(List<SolutionFacts> members) {
        Map<String, Integer> tagCounts = new TreeMap<>();
        Map<String, Integer> wordCounts = new TreeMap<>();
        for (SolutionFacts s : members) {
            s.tags().stream().map(t -> t.toLowerCase(Locale.ROOT).strip()).distinct()
                    .forEach(t -> tagCounts.merge(t, 1, Integer::sum));
            java.util.Arrays.stream(s.name().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                    .filter(w -> w.length() >= 5 && !STOP_WORDS.contains(w)).distinct()
                    .forEach(w -> wordCounts.merge(w, 1, Integer::sum));
        }
        Map<String, int[]> ranked = new LinkedHashMap<>();
        tagCounts.forEach((t, n) -> {
            if (n >= 2) {
                ranked.put(t, new int[] { n, 0 });
            }
        });
        wordCounts.forEach((w, n) -> {
            if (n >= 2 && !ranked.containsKey(w)) {
                ranked.put(w, new int[] { n, 1 });
            }
        });
        return ranked.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0])
                        .thenComparingInt(e -> e.getValue()[1]).thenComparing(Map.Entry::getKey))
                .limit(6).map(Map.Entry::getKey).toList();
    }
}
