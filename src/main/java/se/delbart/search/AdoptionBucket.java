package se.delbart.search;

import java.util.List;

/**
 * The buckets of the adoptions facet: how many municipalities run a solution in production. Values are URL-safe
 * facet values; the page translates them.
 */
public final class AdoptionBucket {

    public static final String NONE = "0";
    public static final String FEW = "1-2";
    public static final String SEVERAL = "3-9";
    public static final String MANY = "10-plus";

    /** In ascending order. */
    public static final List<String> ALL = List.of(NONE, FEW, SEVERAL, MANY);

    private AdoptionBucket() {
    }

    public static String of(int inProduction) {
        if (inProduction <= 0) {
            return NONE;
        }
        if (inProduction <= 2) {
            return FEW;
        }
        return inProduction <= 9 ? SEVERAL : MANY;
    }
}
