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
}
