package se.delbart.portfolio;

import se.delbart.profile.LoginRequiredException;
import se.delbart.shared.Actor;
import se.delbart.shared.NotPermittedException;

/**
 * Who may do what with a municipality's portfolio. It is private to the municipality: its staff (EDITOR, MEMBER)
 * read it, propose and assess at department level; the municipality level and the decisions need the portfolio
 * manager permission. Nobody else sees an individual initiative.
 */
final class PortfolioAccess {

    private PortfolioAccess() {
    }

    static void checkStaff(Actor actor, String kommunkod) {
        if (actor == null) {
            throw new LoginRequiredException("Log in to see the portfolio");
        }
        if (!actor.worksFor(kommunkod)) {
            throw new NotPermittedException("A portfolio is private to its municipality's staff");
        }
    }

    static void checkManager(Actor actor, String kommunkod, boolean manager) {
        checkStaff(actor, kommunkod);
        if (!manager) {
            throw new NotPermittedException(
                    "The municipality-level assessment and decisions need the portfolio manager permission");
        }
    }

    static void checkAdmin(Actor actor) {
        if (actor == null) {
            throw new LoginRequiredException("Log in as an administrator");
        }
        if (!actor.isAdmin()) {
            throw new NotPermittedException("Only an administrator grants the portfolio manager permission");
        }
    }
}
