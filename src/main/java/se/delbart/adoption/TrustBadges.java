package se.delbart.adoption;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every badge rule in one place. Each rule is plain Java over plain facts, so it can be unit-tested and explained.
 */
public final class TrustBadges {

    public static final String IN_PRODUCTION = "IN_PRODUCTION";
    public static final String SPREAD_ACROSS_GROUPS = "SPREAD_ACROSS_GROUPS";
    public static final String EFFORT_AS_STATED = "EFFORT_AS_STATED";
    public static final String MAINTAINED = "MAINTAINED";
    public static final String OPEN_SOURCE = "OPEN_SOURCE";

    static final int MIN_GROUPS = 3;
    static final int MIN_REPORTS_FOR_EFFORT = 2;
    static final Duration MAINTAINED_WITHIN = Duration.ofDays(365);

    /** What the rules look at. {@code adopterGroups}: SKR groups of municipalities implementing or running it. */
    public record Facts(int inProduction, Set<String> adopterGroups, Integer statedImplementationMin,
            Integer statedImplementationMax, Figures reportedImplementationDays, Instant lastChanged, int contacts,
            String licence, String sourceCodeUrl, Instant now) {
    }

    private TrustBadges() {
    }

    public static List<TrustBadge> award(Facts f) {
        List<TrustBadge> badges = new ArrayList<>();
        if (f.inProduction() >= 1) {
            badges.add(new TrustBadge(IN_PRODUCTION, "In production in at least one adopting municipality",
                    facts("municipalities", f.inProduction())));
        }
        if (f.adopterGroups().size() >= MIN_GROUPS) {
            badges.add(new TrustBadge(SPREAD_ACROSS_GROUPS,
                    "Implemented or in production in at least " + MIN_GROUPS + " SKR municipal groups",
                    facts("groups", new TreeSet<>(f.adopterGroups()))));
        }
        Figures reported = f.reportedImplementationDays();
        if (reported.n() >= MIN_REPORTS_FOR_EFFORT && f.statedImplementationMax() != null
                && reported.median() <= f.statedImplementationMax()
                && (f.statedImplementationMin() == null || reported.median() >= f.statedImplementationMin())) {
            badges.add(new TrustBadge(EFFORT_AS_STATED,
                    "The median reported implementation effort of at least " + MIN_REPORTS_FOR_EFFORT
                            + " adopters lies within the stated range",
                    facts("stated", f.statedImplementationMin() + "–" + f.statedImplementationMax(), "median",
                            reported.median(), "n", reported.n())));
        }
        if (f.lastChanged() != null && f.contacts() > 0
                && !f.lastChanged().isBefore(f.now().minus(MAINTAINED_WITHIN))) {
            badges.add(new TrustBadge(MAINTAINED, "Changed within the last 12 months and has a named contact",
                    facts("lastChanged", f.lastChanged(), "contacts", f.contacts())));
        }
        if (f.licence() != null && !"PROPRIETARY".equals(f.licence()) && f.sourceCodeUrl() != null) {
            badges.add(new TrustBadge(OPEN_SOURCE, "An open licence and published source code",
                    facts("licence", f.licence(), "sourceCode", f.sourceCodeUrl())));
        }
        return badges;
    }

    private static Map<String, Object> facts(Object... keysAndValues) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            facts.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return facts;
    }
}
