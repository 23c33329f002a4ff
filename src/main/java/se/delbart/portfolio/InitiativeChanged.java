package se.delbart.portfolio;

import java.util.UUID;

/** Published in the transaction of every change to an initiative; the history is written from it. */
public record InitiativeChanged(UUID initiativeId, String kommunkod, Action action, InitiativeStatus status) {

    public enum Action {
        PROPOSED, EDITED, DEPARTMENT_ASSESSED, MUNICIPALITY_ASSESSED, STATUS_CHANGED
    }
}
