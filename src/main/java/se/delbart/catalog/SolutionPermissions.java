package se.delbart.catalog;

import se.delbart.shared.Actor;
import se.delbart.shared.Role;

/** Who may see and change which solutions. Plain rules, unit-tested. */
public final class SolutionPermissions {

    private SolutionPermissions() {
    }

    /** Published solutions are public; others only for the publishing municipality's staff and admins. */
    public static boolean canView(Actor actor, Solution solution) {
        return canView(actor, solution.lifecycle(), solution.publisherCode());
    }

    static boolean canView(Actor actor, Lifecycle lifecycle, String publisherCode) {
        return lifecycle == Lifecycle.PUBLISHED || actor != null && (actor.isAdmin() || actor.worksFor(publisherCode));
    }

    /** Editors change their own municipality's solutions; admins change any. */
    public static boolean canEdit(Actor actor, Solution solution) {
        return actor != null && (actor.isAdmin()
                || actor.role() == Role.EDITOR && actor.worksFor(solution.publisherCode()));
    }

    /** Only editors create solutions, always for their own municipality. */
    public static boolean canCreate(Actor actor) {
        return actor != null && actor.role() == Role.EDITOR;
    }

    /** Whether the actor may list non-published solutions of {@code municipality} (null: of every municipality). */
    public static boolean canSeeUnpublishedOf(Actor actor, String municipality) {
        return actor != null && (actor.isAdmin() || municipality != null && actor.worksFor(municipality));
    }
}
