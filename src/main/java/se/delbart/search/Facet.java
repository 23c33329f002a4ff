package se.delbart.search;

/** The facets a search can filter on and count. The JSON/URL parameter name is {@link #param()}. */
public enum Facet {
    DOMAIN("domain"),
    SOLUTION_TYPE("type"),
    STATUS("status"),
    EFFORT_LEVEL("effortLevel"),
    IDEAL_TYPE("idealType"),
    COMPETENCE("competence"),
    ORIGIN("origin"),
    SKR_GROUP("skrGroup"),
    COUNTY("county"),
    OPEN_SOURCE("openSource"),
    /** How many municipalities run the solution in production, in buckets: see {@link AdoptionBucket}. */
    ADOPTIONS("adoptions"),
    /** Whether a confirmed provider both hosts and supports it for other municipalities ("Erbjuds som tjänst"). */
    SERVICE("service");

    private final String param;

    Facet(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }
}
