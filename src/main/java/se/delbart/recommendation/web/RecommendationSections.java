package se.delbart.recommendation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.delbart.recommendation.Recommendation;

/** The page's two sections: each declared need with its best matches ("För era behov"), then the rest. */
record RecommendationSections(List<NeedGroup> needs, List<Recommendation> more) {

    record NeedGroup(String need, List<Recommendation> matches) {
    }

    /** From a ranked list, which holds the need section first, grouped by need in the order declared. */
    static RecommendationSections of(List<Recommendation> ranked) {
        Map<String, List<Recommendation>> byNeed = new LinkedHashMap<>();
        List<Recommendation> more = new ArrayList<>();
        for (Recommendation r : ranked) {
            if (r.section() == Recommendation.Section.NEEDS) {
                byNeed.computeIfAbsent(r.need(), k -> new ArrayList<>()).add(r);
            } else {
                more.add(r);
            }
        }
        List<NeedGroup> needs = new ArrayList<>();
        byNeed.forEach((need, matches) -> needs.add(new NeedGroup(need, List.copyOf(matches))));
        return new RecommendationSections(List.copyOf(needs), List.copyOf(more));
    }
}
