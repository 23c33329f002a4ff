package se.delbart.portfolio;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import se.delbart.catalog.Origin;
import se.delbart.shared.IdealType;
import java.util.UUID;
import java.util.Map;
import java.util.EnumSet;


/**
 * Advice by ideal type ("Diskussion" and the recommendations for municipalities): a mainly pragmatic municipality is
 * warned when implementation becomes an end in itself and when the adaptation cost is not estimated; a mainly
 * operational one when national initiatives are valued without their system-wide values, and when departments work
 * on the same thing apart (silos); a strategic one when an initiative reaches a decision without the municipality
 * level. A municipality is a mix, not a box: each type's advice applies when that type leads the mix or holds at
 * least {@link #SHARE} of it. Plain Java.
 */
public final class Guidance {

    /** The share of the mix from which a type's advice applies even when another type leads. */
    static final double SHARE = 0.3;

    private Guidance() {
    }

    /** The types whose advice applies to a municipality with this mix. */
    static Set<IdealType> applicable(IdealType dominant, Map<IdealType, Double> weights) {
        Set<IdealType> types = EnumSet.noneOf(IdealType.class);
        for (IdealType t : IdealType.values()) {
            if (t == dominant || weights.getOrDefault(t, 0.0) >= SHARE) {
                types.add(t);
            }
        }
        return types;
    }

    /** A sibling initiative seen from the one being advised on. */
    record Sibling(UUID id, String title, String needKey, UUID solutionId, List<String> departments,
            InitiativeStatus status) {
    }

    static List<Advice> adviseOn(Set<IdealType> types, Initiative initiative, Valuation valuation,
            Integer statedAdaptationMaxDays, Collection<Sibling> siblings) {
        List<Advice> advice = new ArrayList<>();
        InitiativeDetails d = initiative.details();
        boolean open = !initiative.status().isClosed();
        for (IdealType type : types) {
            switch (type) {
            case PRAGMATIC -> {
                boolean goals = initiative.municipalityAssessment()
                        .map(m -> m.goalScores().values().stream().anyMatch(s -> s > 0)).orElse(false);
                Double l1 = valuation.level1().value();
                if (!d.hasNeed() && !goals && (l1 == null || l1 == 0)) {
                    advice.add(new Advice(Advice.Code.NO_VALUE_BASIS, List.of()));
                }
                boolean estimated = initiative.departmentAssessment()
                        .map(a -> a.adaptationDays() != null || a.adaptationSek() != null).orElse(false);
                if (open && !estimated && statedAdaptationMaxDays != null && statedAdaptationMaxDays > 0) {
                    advice.add(new Advice(Advice.Code.ADAPTATION_NOT_ESTIMATED,
                            List.of(String.valueOf(statedAdaptationMaxDays))));
                }
            }
            case OPERATIONAL -> {
                if (open && d.origin() == Origin.NATIONAL && systemValuesMissing(initiative)) {
                    advice.add(new Advice(Advice.Code.SYSTEM_VALUES_NOT_ASSESSED, List.of()));
                }
                for (Sibling s : siblings) {
                    if (open && !s.status().isClosed() && !s.id().equals(initiative.id()) && similar(initiative, s)
                            && disjoint(d.departments(), s.departments())) {
                        advice.add(new Advice(Advice.Code.SILO_RISK, List.of(s.title(), String.join(", ",
                                s.departments()))));
                    }
                }
            }
            case STRATEGIC -> {
                if (initiative.status() == InitiativeStatus.ASSESSED && initiative.municipalityAssessment().isEmpty()) {
                    advice.add(new Advice(Advice.Code.MUNICIPALITY_LEVEL_MISSING, List.of()));
                }
            }
            }
        }
        boolean inaction = initiative.municipalityAssessment()
                .map(m -> m.inactionNote() != null && !m.inactionNote().isBlank()).orElse(false);
        if (open && initiative.municipalityAssessment().isPresent() && !inaction) {
            advice.add(new Advice(Advice.Code.INACTION_NOT_CONSIDERED, List.of()));
        }
        return advice;
    }

    static boolean systemValuesMissing(Initiative initiative) {
        return initiative.municipalityAssessment()
                .map(m -> m.interoperability() == null || m.standards() == null || m.reachDepartments() == null)
                .orElse(true);
    }

    static boolean similar(Initiative initiative, Sibling other) {
        InitiativeDetails d = initiative.details();
        if (d.solutionId() != null && d.solutionId().equals(other.solutionId())) {
            return true;
        }
        String key = needKey(d);
        return key != null && key.equals(other.needKey());
    }

    /** The need an initiative answers, comparable across initiatives: the need's id, or its normalised text. */
    static String needKey(InitiativeDetails d) {
        if (d.needId() != null) {
            return d.needId().toString();
        }
        if (d.needText() == null || d.needText().isBlank()) {
            return null;
        }
        return d.needText().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean disjoint(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> left = new HashSet<>(a);
        return b.stream().noneMatch(left::contains);
    }
}
