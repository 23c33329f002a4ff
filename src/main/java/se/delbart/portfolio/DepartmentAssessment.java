package se.delbart.portfolio;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Level 1, the department's view: operational value on the four named criteria (each 0–4 with a motivation), the
 * expected cost (one-off SEK, yearly SEK, internal person-days), the local adaptation needed before any value
 * (person-days and SEK), the weeks until the first value, and the risks. Amounts may be left out (null).
 */
public record DepartmentAssessment(Map<Criterion, Score> scores, Long oneOffSek, Long yearlySek, Integer internalDays,
        Integer adaptationDays, Long adaptationSek, Integer weeksToValue, String risks) {

    public DepartmentAssessment {
        EnumMap<Criterion, Score> copy = new EnumMap<>(Criterion.class);
        scores.forEach((c, s) -> {
            if (c.level() != 1) {
                throw new IllegalArgumentException(c + " is not a department criterion");
            }
            if (s != null) {
                copy.put(c, s);
            }
        });
        scores = Collections.unmodifiableMap(copy);
    }

    public Score score(Criterion criterion) {
        return scores.get(criterion);
    }
}
