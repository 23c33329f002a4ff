package se.delbart.insight;

/** What a diffusion curve counts: adoptions recorded in any status (by start), or those that reached production. */
public enum DiffusionMeasure {
    ANY, IN_PRODUCTION
}
