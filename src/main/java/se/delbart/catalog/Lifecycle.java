package se.delbart.catalog;

/** Publication state of a solution. Only PUBLISHED solutions are public. */
public enum Lifecycle {
    DRAFT, PUBLISHED, WITHDRAWN
}
