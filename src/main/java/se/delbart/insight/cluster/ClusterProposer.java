package se.delbart.insight.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.delbart.insight.needs.MunicipalityFacts;
import se.delbart.municipality.SkrGroup;
import se.delbart.shared.IdealType;

/**
 * Proposes collaboration clusters, deterministically and in plain Java. For each theme (a shared need or a domain)
 * the municipalities that expressed it are the core; municipalities with experience in the theme's domain (they
 * publish or adopt a solution there) are helpers. Greedy selection, one member at a time, each time the candidate that
 * adds most to the mix (a new SKR group +3, a new ideal type +3, the first with capacity +2, the first pragmatic +2,
 * experience in the domain +1), core before helpers; ties broken by geographic nearness to those already chosen (same
 * county 2, neighbouring county 1 per member), then by kommunkod. Core members are taken up to {@link #MAX}; helpers
 * only to reach {@link #MIN} or to satisfy a rule. A proposal must have {@link #MIN}–{@link #MAX} members, at least
 * one with capacity (operational or strategic) and one pragmatic, and at least two SKR groups; otherwise the theme
 * gets none. Proposals with the same members as an earlier one are dropped.
 */
public final class ClusterProposer {

    public static final int MIN = 4;
    public static final int MAX = 8;

    private ClusterProposer() {
    }

    /** A theme: {@code core} are the municipalities that share the need; {@code domain} may be null. */
    public record Theme(String key, String label, String domain, Set<String> core) {
    }

    public record Member(String kommunkod, String name, String countyCode, String countyName, SkrGroup skrGroup,
            IdealType type, boolean estimated, boolean core, boolean experienced) {
        public boolean hasCapacity() {
            return type != IdealType.PRAGMATIC;
        }
    }

    public record Proposal(String key, String theme, String domain, List<Member> members, String reason) {
        public Set<String> codes() {
            return members.stream().map(Member::kommunkod).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Swedish labels for the reason text: domain code → label, ideal type → label. */
    public record Labels(Function<String, String> domain, Function<IdealType, String> type) {
    }

    public static List<Proposal> propose(List<Theme> themes, Map<String, MunicipalityFacts> facts,
            Map<String, Set<String>> experience, Labels labels) {
        List<Proposal> proposals = new ArrayList<>();
        Set<Set<String>> seen = new HashSet<>();
        for (Theme theme : themes) {
            proposal(theme, facts, experience, labels).filter(p -> seen.add(p.codes())).ifPresent(proposals::add);
        }
        return proposals;
    }

    static java.util.Optional<Proposal> proposal(Theme theme, Map<String, MunicipalityFacts> facts,
            Map<String, Set<String>> experience, Labels labels) {
        Set<String> experienced = theme.domain() == null ? Set.of() : experience.getOrDefault(theme.domain(), Set.of());
        List<MunicipalityFacts> core = theme.core().stream().map(facts::get).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(MunicipalityFacts::kommunkod)).toList();
        List<MunicipalityFacts> helpers = experienced.stream().filter(k -> !theme.core().contains(k)).map(facts::get)
                .filter(java.util.Objects::nonNull).sorted(Comparator.comparing(MunicipalityFacts::kommunkod)).toList();
        List<MunicipalityFacts> chosen = new ArrayList<>();
        List<MunicipalityFacts> coreLeft = new ArrayList<>(core);
        List<MunicipalityFacts> helpersLeft = new ArrayList<>(helpers);
        while (chosen.size() < MAX && !coreLeft.isEmpty()) {
            MunicipalityFacts next = best(coreLeft, chosen, coreLeft, experienced);
            chosen.add(next);
            coreLeft.remove(next);
        }
        // helpers: to bring in capacity or a pragmatic member, then to reach the minimum, then for a second SKR group
        for (java.util.function.Predicate<MunicipalityFacts> need : List.<java.util.function.Predicate<MunicipalityFacts>>of(
                MunicipalityFacts::hasCapacity, f -> !f.hasCapacity())) {
            if (chosen.stream().noneMatch(need)) {
                List<MunicipalityFacts> fitting = helpersLeft.stream().filter(need).toList();
                if (fitting.isEmpty()) {
                    return java.util.Optional.empty();
                }
                if (chosen.size() == MAX) {
                    chosen.remove(chosen.size() - 1);
                }
                MunicipalityFacts next = best(fitting, chosen, fitting, experienced);
                chosen.add(next);
                helpersLeft.remove(next);
            }
        }
        while ((chosen.size() < MIN || groups(chosen).size() < 2) && chosen.size() < MAX && !helpersLeft.isEmpty()) {
            MunicipalityFacts next = best(helpersLeft, chosen, helpersLeft, experienced);
            chosen.add(next);
            helpersLeft.remove(next);
        }
        if (!valid(chosen)) {
            return java.util.Optional.empty();
        }
        List<Member> members = chosen.stream().map(f -> new Member(f.kommunkod(), f.name(), f.countyCode(),
                f.countyName(), f.skrGroup(), f.type(), f.estimated(), theme.core().contains(f.kommunkod()),
                experienced.contains(f.kommunkod()))).toList();
        return java.util.Optional.of(new Proposal(theme.key(), theme.label(), theme.domain(), members,
                reason(theme, members, labels)));
    }

    /** The rules every proposal meets: size, capacity with pragmatic, at least two SKR groups. */
    public static boolean valid(List<MunicipalityFacts> members) {
        return members.size() >= MIN && members.size() <= MAX && members.stream().anyMatch(MunicipalityFacts::hasCapacity)
                && members.stream().anyMatch(m -> !m.hasCapacity()) && groups(members).size() >= 2;
    }

    private static Set<SkrGroup> groups(List<MunicipalityFacts> members) {
        Set<SkrGroup> groups = EnumSet.noneOf(SkrGroup.class);
        members.forEach(m -> groups.add(m.skrGroup()));
        return groups;
    }

    private static MunicipalityFacts best(List<MunicipalityFacts> candidates, List<MunicipalityFacts> chosen,
            List<MunicipalityFacts> pool, Set<String> experienced) {
        return candidates.stream().min(Comparator.comparingInt((MunicipalityFacts c) -> -mix(c, chosen, experienced))
                .thenComparingInt(c -> -nearness(c, chosen.isEmpty() ? pool : chosen))
                .thenComparing(MunicipalityFacts::kommunkod)).orElseThrow();
    }

    /** How much a candidate adds to the mix of those already chosen. */
    static int mix(MunicipalityFacts c, List<MunicipalityFacts> chosen, Set<String> experienced) {
        int score = 0;
        if (chosen.stream().noneMatch(m -> m.skrGroup() == c.skrGroup())) {
            score += 3;
        }
        if (chosen.stream().noneMatch(m -> m.type() == c.type())) {
            score += 3;
        }
        if (c.hasCapacity() && chosen.stream().noneMatch(MunicipalityFacts::hasCapacity)) {
            score += 2;
        }
        if (!c.hasCapacity() && chosen.stream().allMatch(MunicipalityFacts::hasCapacity)) {
            score += 2;
        }
        if (experienced.contains(c.kommunkod())) {
            score += 1;
        }
        return score;
    }

    /** Nearness to the others (the chosen, or for the first pick the whole pool): tie-breaker only. */
    static int nearness(MunicipalityFacts c, List<MunicipalityFacts> others) {
        return others.stream().filter(o -> o != c).mapToInt(o -> Counties.nearness(c.countyCode(), o.countyCode()))
                .sum();
    }

    static String reason(Theme theme, List<Member> members, Labels labels) {
        StringBuilder text = new StringBuilder();
        List<Member> core = members.stream().filter(Member::core).toList();
        String domain = theme.domain() == null ? null : labels.domain().apply(theme.domain());
        text.append(names(core)).append(core.size() == 1 ? " har" : " har alla").append(" uttryckt behov av ")
                .append('"').append(theme.label()).append('"');
        if (domain != null && !domain.equals(theme.label())) {
            text.append(" (").append(domain).append(')');
        }
        text.append(". ");
        List<Member> capable = members.stream().filter(Member::hasCapacity).toList();
        text.append(typeList(capable, labels)).append(" har kapacitet att bära utveckling");
        List<Member> capableExperienced = capable.stream().filter(Member::experienced).toList();
        if (!capableExperienced.isEmpty() && domain != null) {
            text.append(", och ").append(capableExperienced.size() == capable.size() ? ""
                    : names(capableExperienced) + " ").append("har redan publicerat eller infört lösningar inom ")
                    .append(domain);
        }
        text.append("; ");
        List<Member> pragmatic = members.stream().filter(m -> !m.hasCapacity()).toList();
        text.append(names(pragmatic)).append(pragmatic.size() == 1 ? " är pragmatisk och kan" : " är pragmatiska och kan")
                .append(" dra nytta av ett gemensamt arbete i stället för att bygga själv. ");
        List<Member> helpers = members.stream().filter(m -> !m.core()).toList();
        if (!helpers.isEmpty() && domain != null) {
            text.append(names(helpers)).append(" har inte uttryckt behovet men har erfarenhet inom ").append(domain)
                    .append(". ");
        }
        Set<String> groups = members.stream().map(m -> m.skrGroup().name() + " " + m.skrGroup().swedishName().toLowerCase())
                .collect(Collectors.toCollection(TreeSet::new));
        text.append("Gruppen blandar ").append(groups.size()).append(" kommungrupper (")
                .append(String.join(", ", groups)).append(") och idealtyperna ")
                .append(join(members.stream().map(Member::type).distinct().sorted().map(labels.type()).toList()))
                .append('.');
        java.util.Map<String, List<Member>> byCounty = members.stream()
                .collect(Collectors.groupingBy(Member::countyName, java.util.TreeMap::new, Collectors.toList()));
        var largest = byCounty.entrySet().stream().max(Comparator.comparingInt(
                (java.util.Map.Entry<String, List<Member>> e) -> e.getValue().size())
                .thenComparing(java.util.Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow();
        if (byCounty.size() == 1) {
            text.append(" Alla ligger i ").append(largest.getKey()).append('.');
        } else if (largest.getValue().size() >= 2) {
            text.append(' ').append(capitalised(number(largest.getValue().size()))).append(" av kommunerna ligger i ")
                    .append(largest.getKey()).append('.');
        }
        if (members.stream().anyMatch(Member::estimated)) {
            text.append(" Idealtyp är uppskattad (kommungrupp och storlek) för ")
                    .append(names(members.stream().filter(Member::estimated).toList())).append('.');
        }
        return text.toString();
    }

    private static String typeList(List<Member> members, Labels labels) {
        return join(members.stream().map(m -> m.name() + " (" + labels.type().apply(m.type()) + ")").toList());
    }

    private static String names(List<Member> members) {
        return join(members.stream().map(Member::name).toList());
    }

    static String join(List<String> parts) {
        List<String> list = new ArrayList<>(new LinkedHashSet<>(parts));
        if (list.size() <= 1) {
            return list.isEmpty() ? "" : list.get(0);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " och " + list.get(list.size() - 1);
    }

    private static String number(int n) {
        String[] words = {"noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta"};
        return n < words.length ? words[n] : String.valueOf(n);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
