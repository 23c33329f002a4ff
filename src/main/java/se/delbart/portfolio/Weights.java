package se.delbart.portfolio;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How much each criterion counts within its level (whole numbers 0–10). The defaults and their source in the study
 * are in docs/portfolio.md: the four department criteria count alike; at municipality level strategic goals and
 * citizen value count twice as much as each system-wide value, as the strategic municipality asks first "vad skapar
 * störst nytta för kommunen som helhet och för invånarna?".
 */
public record Weights(Map<Criterion, Integer> byCriterion) {

    public static final int MAX = 10;

    public static final Weights DEFAULT = new Weights(defaults());

    public Weights {
        EnumMap<Criterion, Integer> copy = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            Integer w = byCriterion.get(c);
            if (w == null || w < 0 || w > MAX) {
                throw new IllegalArgumentException("weight of " + c + " must be 0–" + MAX);
            }
            copy.put(c, w);
        }
        byCriterion = Collections.unmodifiableMap(copy);
    }

    public int of(Criterion criterion) {
        return byCriterion.get(criterion);
    }

    private static Map<Criterion, Integer> defaults() {
        Map<Criterion, Integer> w = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            w.put(c, 1);
        }
        w.put(Criterion.GOALS, 2);
        w.put(Criterion.CITIZEN, 2);
        return w;
    }
}
