package se.delbart.provider;

import se.delbart.catalog.Lifecycle;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionPermissions;
import se.delbart.shared.Actor;

/** Who may do what with a solution's offers. Plain rules, unit-tested. */
public final class OfferPermissions {

    private OfferPermissions() {
    }

    /** The publisher's editors (and administrators): they add, confirm, change and remove offers. */
    public static boolean canManage(Actor actor, Solution solution) {
        return SolutionPermissions.canEdit(actor, solution);
    }

    /**
     * Any logged-in municipal staff may suggest an offer on a published solution; managers may add one to any
     * solution they can edit (it is confirmed from the start).
     */
    public static boolean canSuggest(Actor actor, Solution solution) {
        return canManage(actor, solution) || canSuggest(actor, solution.lifecycle());
    }

    static boolean canSuggest(Actor actor, Lifecycle lifecycle) {
        return actor != null && actor.role().belongsToMunicipality() && lifecycle == Lifecycle.PUBLISHED;
    }
}
