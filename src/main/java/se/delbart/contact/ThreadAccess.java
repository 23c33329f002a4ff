package se.delbart.contact;

import se.delbart.shared.Actor;

/** Who may read and write a thread: staff (EDITOR or MEMBER) of the publisher or of the interested municipality. */
final class ThreadAccess {

    private ThreadAccess() {
    }

    static boolean allows(Actor actor, String publisherCode, String interestedCode) {
        return actor != null && actor.role().belongsToMunicipality()
                && (actor.worksFor(publisherCode) || actor.worksFor(interestedCode));
    }
}
