package se.delbart.insight;

/** The parts of a scale candidate's score, each 0..1 (see {@link ScaleScorer}). */
public enum ScaleComponent {
    SPREAD, MOMENTUM, BENEFIT, EFFORT_REALISM, ADAPTATION, MAINTENANCE, LOCAL_ORIGIN, LOCAL_WINS
}
