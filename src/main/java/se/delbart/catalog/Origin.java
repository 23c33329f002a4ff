package se.delbart.catalog;

/** Who started it: one municipality, a national actor, or several municipalities together. */
public enum Origin {
    LOCAL, NATIONAL, JOINT
}
