package se.delbart.portfolio;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Level 2, the municipality's view: the contribution to each strategic goal (goal name → 0–4), citizen value
 * (invånarnytta) 0–4 with a motivation, the system-wide values a department view misses (interoperability,
 * standards and shared infrastructure, future scalability: 0–4 each), how many departments gain, and the cost of not
 * acting (kostnaden för att avstå): a motivation and optionally SEK a year.
 */
public record MunicipalityAssessment(Map<String, Integer> goalScores, Integer citizenValue, String citizenNote,
        Integer interoperability, Integer standards, Integer scalability, Integer reachDepartments,
        String inactionNote, Long inactionSekPerYear) {

    public MunicipalityAssessment {
        goalScores = Collections.unmodifiableMap(new LinkedHashMap<>(goalScores));
    }

    /** How many departments gain, as a score: one department 0, two 1, … five or more 4. */
    public static Integer reachScore(Integer departments) {
        if (departments == null) {
            return null;
        }
        return Math.max(0, Math.min(Criterion.MAX_SCORE, departments - 1));
    }
}
