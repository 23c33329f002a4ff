package se.delbart.profile;

/** What a municipality can carry when adopting: used by the recommender's feasibility component. */
public enum Capacity {
    LOW, MEDIUM, HIGH
}
