package se.delbart.portfolio;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an initiative stands. PROPOSED → ASSESSED (department level done) → PRIORITISED | DEFERRED | REJECTED
 * (municipality level, each with a motivation) → STARTED → REALISED | STOPPED. A deferred initiative can be decided
 * again; a prioritised one can still be deferred before it starts.
 */
public enum InitiativeStatus {
    PROPOSED, ASSESSED, PRIORITISED, DEFERRED, REJECTED, STARTED, REALISED, STOPPED;

    /** The statuses a decision at municipality level may lead to. */
    public static final Set<InitiativeStatus> DECISIONS = EnumSet.of(PRIORITISED, DEFERRED, REJECTED);

    /** Statuses that may move to {@code next} by a decision or a step of the lifecycle. */
    public boolean canMoveTo(InitiativeStatus next) {
        return switch (this) {
            case PROPOSED -> next == ASSESSED;
            case ASSESSED -> DECISIONS.contains(next);
            case DEFERRED -> next == PRIORITISED || next == REJECTED;
            case PRIORITISED -> next == STARTED || next == DEFERRED;
            case STARTED -> next == REALISED || next == STOPPED;
            case REJECTED, REALISED, STOPPED -> false;
        };
    }

    /** No further change: the initiative is history. */
    public boolean isClosed() {
        return this == REJECTED || this == REALISED || this == STOPPED;
    }

    /** Counted as a commitment in the budget view: decided to go ahead, or under way. */
    public boolean isCommitted() {
        return this == PRIORITISED || this == STARTED;
    }

    /** The department assessment can be written (again) before the municipality-level decision holds it. */
    public boolean allowsDepartmentAssessment() {
        return this == PROPOSED || this == ASSESSED || this == DEFERRED;
    }

    /** The municipality-level assessment follows the department level and ends with the initiative. */
    public boolean allowsMunicipalityAssessment() {
        return this != PROPOSED && !isClosed();
    }

    /** A motivation is required to move here. */
    public boolean needsMotivation() {
        return DECISIONS.contains(this) || this == STOPPED;
    }
}
