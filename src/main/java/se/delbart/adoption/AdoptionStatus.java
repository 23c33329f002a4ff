package se.delbart.adoption;

/** How far an adopting municipality has come, in order; DISCONTINUED ends an adoption (with a reason). */
public enum AdoptionStatus {
    INTERESTED, PLANNING, IMPLEMENTING, IN_PRODUCTION, DISCONTINUED;

    /**
     * Allowed moves: forward, possibly skipping steps (a municipality may record late); to DISCONTINUED from any
     * active status; from DISCONTINUED back to INTERESTED or PLANNING (a restart). Never backwards otherwise.
     */
    public boolean canMoveTo(AdoptionStatus next) {
        if (next == this) {
            return false;
        }
        if (this == DISCONTINUED) {
            return next == INTERESTED || next == PLANNING;
        }
        return next == DISCONTINUED || next.ordinal() > ordinal();
    }

    /**
     * A correction of a status recorded by mistake: back to an earlier active status (e.g. "I drift" chosen when the
     * municipality only plans). From DISCONTINUED to the active statuses a restart does not reach. Never the same as
     * a move ({@link #canMoveTo}), so a change is always one or the other.
     */
    public boolean canCorrectTo(AdoptionStatus earlier) {
        if (earlier == this || earlier == DISCONTINUED) {
            return false;
        }
        if (this == DISCONTINUED) {
            return !canMoveTo(earlier);
        }
        return earlier.ordinal() < ordinal();
    }
}
