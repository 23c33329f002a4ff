package se.delbart.insight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
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
 * similar solutions with a relative similarity of at least the threshold (mutual), their publishers differ, they
 * share a domain, and they are of the same type or share a tag; groups are the connected components of those links
 * (union-find), most municipalities first.
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
                        && !a.publisherCode().equals(b.publisherCode()) && shareDomain(a, b)
                        && (a.type() == b.type() || shareTag(a, b))) {
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

    private static boolean shareTag(SolutionFacts a, SolutionFacts b) {
        Set<String> tags = tags(a);
        return tags(b).stream().anyMatch(tags::contains);
    }

    private static Set<String> tags(SolutionFacts s) {
        return s.tags().stream().map(t -> t.toLowerCase(Locale.ROOT).strip()).collect(Collectors.toSet());
    }

    private static Set<String> nameWords(SolutionFacts s) {
        return java.util.Arrays.stream(s.name().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+"))
                .filter(w -> w.length() >= 5 && !STOP_WORDS.contains(w)).collect(Collectors.toSet());
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
        List<String> terms = commonTerms(sorted, links);
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
     * Tags, and words of five letters or more from the names, that at least two members have: held by the most members
     * first, then by the summed similarity of the links whose two ends both hold it (what the closest members share),
     * then tags before name words, then alphabetically; at most six.
     */
    static List<String> commonTerms(List<SolutionFacts> members, List<OverlapGroup.Link> links) {
        Map<java.util.UUID, Set<String>> tagsOf = new HashMap<>();
        Map<java.util.UUID, Set<String>> wordsOf = new HashMap<>();
        Map<String, Integer> count = new TreeMap<>();
        Map<String, Boolean> isTag = new HashMap<>();
        for (SolutionFacts s : members) {
            Set<String> t = tags(s);
            Set<String> w = nameWords(s);
            tagsOf.put(s.id(), t);
            wordsOf.put(s.id(), w);
            t.forEach(term -> {
                count.merge(term, 1, Integer::sum);
                isTag.put(term, true);
            });
            w.stream().filter(term -> !t.contains(term)).forEach(term -> {
                count.merge(term, 1, Integer::sum);
                isTag.putIfAbsent(term, false);
            });
        }
        Map<String, Double> linked = new HashMap<>();
        for (OverlapGroup.Link l : links) {
            for (String term : count.keySet()) {
                if (holds(tagsOf, wordsOf, l.from(), term) && holds(tagsOf, wordsOf, l.to(), term)) {
                    linked.merge(term, l.similarity(), Double::sum);
                }
            }
        }
        return count.entrySet().stream().filter(e -> e.getValue() >= 2)
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                        .thenComparing(e -> -linked.getOrDefault(e.getKey(), 0.0))
                        .thenComparing(e -> isTag.get(e.getKey()) ? 0 : 1).thenComparing(Map.Entry::getKey))
                .limit(6).map(Map.Entry::getKey).toList();
    }

    private static boolean holds(Map<java.util.UUID, Set<String>> tagsOf, Map<java.util.UUID, Set<String>> wordsOf,
            java.util.UUID id, String term) {
        return tagsOf.getOrDefault(id, Set.of()).contains(term) || wordsOf.getOrDefault(id, Set.of()).contains(term);
    }
}
