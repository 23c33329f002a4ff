package se.delbart.portfolio;

/** A criterion's score 0–4 with a short motivation. */
public record Score(int value, String note) {

    public Score {
        if (value < 0 || value > Criterion.MAX_SCORE) {
            throw new IllegalArgumentException("score must be 0–" + Criterion.MAX_SCORE);
        }
    }
}
