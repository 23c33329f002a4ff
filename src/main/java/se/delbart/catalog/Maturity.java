package se.delbart.catalog;

/** How far the solution has come where it was built (JSON: {@code status}). */
public enum Maturity {
    IDEA, PILOT, IN_PRODUCTION, RETIRED
}
