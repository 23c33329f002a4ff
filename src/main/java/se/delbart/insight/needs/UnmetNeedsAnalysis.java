package se.delbart.insight.needs;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import se.delbart.catalog.Domain;
import se.delbart.municipality.SkrGroup;
import se.delbart.shared.IdealType;

/**
 * Groups declared needs and unanswered searches, plain Java. Two groupings:
 * <ul>
 * <li>by domain: every signal with that domain;</li>
 * <li>by terms ({@link Terms}): signals sharing a term; terms found in exactly the same signals form one group
 * ("ansökan, skolskjuts"), labelled by the words as most often written.</li>
 * </ul>
 * PRIVACY (k-anonymity): a group is returned only when at least {@link #K} distinct municipalities share it.
 * <p>
 * Only municipal staff steer the ranking: searches without a municipality (anonymous or national users) are left out
 * altogether, and a municipality's searches count at most once per group and day, however often it searched.
 */
public final class UnmetNeedsAnalysis {

    public static final int K = 3;

    private UnmetNeedsAnalysis() {
    }

    public static List<NeedGroup> byDomain(List<Signal> all, Map<String, MunicipalityFacts> facts) {
        List<Signal> signals = counted(all);
        List<NeedGroup> groups = new ArrayList<>();
        for (Domain domain : Domain.values()) {
            List<Signal> members = signals.stream().filter(s -> s.domains().contains(domain.code())).toList();
            group(NeedGroup.Kind.DOMAIN, domain.code(), domain.code(), List.of(), members, facts).ifPresent(groups::add);
        }
        groups.sort(ORDER);
        return groups;
    }

    public static List<NeedGroup> byTerms(List<Signal> all, Map<String, MunicipalityFacts> facts) {
        List<Signal> signals = counted(all);
        Map<String, BitSet> termSignals = new TreeMap<>();
        Terms.Spellings spellings = new Terms.Spellings();
        signals.forEach(s -> spellings.add(s.text()));
        for (int i = 0; i < signals.size(); i++) {
            for (String term : Terms.of(signals.get(i).text())) {
                termSignals.computeIfAbsent(term, t -> new BitSet()).set(i);
            }
        }
        // terms found in exactly the same signals are one group
        Map<BitSet, List<String>> together = new LinkedHashMap<>();
        termSignals.forEach((term, bits) -> together.computeIfAbsent(bits, b -> new ArrayList<>()).add(term));
        List<NeedGroup> groups = new ArrayList<>();
        together.forEach((bits, terms) -> {
            List<Signal> members = bits.stream().mapToObj(signals::get).toList();
            group(NeedGroup.Kind.TERMS, String.join("+", terms), commonDomain(members),
                    terms.stream().map(spellings::of).toList(), members, facts)
                    .ifPresent(groups::add);
        });
        groups.sort(ORDER);
        return groups;
    }

    static final Comparator<NeedGroup> ORDER = Comparator.comparingInt(NeedGroup::municipalities).reversed()
            .thenComparing(Comparator.comparingInt((NeedGroup g) -> g.needs() + g.searches()).reversed())
            .thenComparing(NeedGroup::key);

    /** Declared needs and the searches of municipal staff: anonymous searches neither show nor rank a group. */
    static List<Signal> counted(List<Signal> signals) {
        return signals.stream().filter(s -> s.kommunkod() != null && !s.kommunkod().isBlank()).toList();
    }

    /** The k rule: distinct municipalities, anonymous signals not counted. */
    static Set<String> municipalities(List<Signal> signals) {
        Set<String> codes = new TreeSet<>();
        signals.stream().map(Signal::kommunkod).filter(k -> k != null && !k.isBlank()).forEach(codes::add);
        return codes;
    }

    static boolean visible(List<Signal> signals) {
        return municipalities(signals).size() >= K;
    }

    private static java.util.Optional<NeedGroup> group(NeedGroup.Kind kind, String key, String domain,
            List<String> terms, List<Signal> members, Map<String, MunicipalityFacts> facts) {
        if (!visible(members)) {
            return java.util.Optional.empty();
        }
        Set<String> codes = municipalities(members);
        Map<IdealType, Integer> byType = new EnumMap<>(IdealType.class);
        Map<SkrGroup, Integer> byGroup = new EnumMap<>(SkrGroup.class);
        int estimated = 0;
        for (String code : codes) {
            MunicipalityFacts f = facts.get(code);
            if (f == null) {
                continue;
            }
            byType.merge(f.type(), 1, Integer::sum);
            byGroup.merge(f.skrGroup(), 1, Integer::sum);
            estimated += f.estimated() ? 1 : 0;
        }
        int needs = (int) members.stream().filter(s -> s.source() == Signal.Source.NEED).count();
        Set<String> needMembers = new TreeSet<>();
        members.stream().filter(s -> s.source() == Signal.Source.NEED).map(Signal::kommunkod).forEach(needMembers::add);
        // at most one search per municipality and day in a group: one municipality cannot push a group up the list
        int searches = (int) members.stream().filter(s -> s.source() == Signal.Source.SEARCH)
                .map(s -> s.kommunkod() + "|" + s.day()).distinct().count();
        return java.util.Optional.of(new NeedGroup(kind, key, domain, List.copyOf(terms), codes.size(), needs,
                searches, byType, byGroup, estimated, needMembers));
    }

    /** The domain most of the signals have (ties: the first in code order), or null. */
    static String commonDomain(List<Signal> signals) {
        Map<String, Integer> counts = new HashMap<>();
        signals.forEach(s -> s.domains().forEach(d -> counts.merge(d, 1, Integer::sum)));
        return counts.entrySet().stream()
                .max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
