package se.delbart.search;

/**
 * Whether this instance's search index may serve: not until the check at start has found it in step with the
 * catalogue, or the rebuild that check started has finished. A rebuild an administrator starts later leaves the
 * previous index serving until the switch, so it never takes the instance out. A rebuild that fails (the search
 * engine is down) does not either: the pages that need search answer 503 on their own, and the rest of the site
 * works; the failure shows in the details.
 */
final class IndexReadiness {

    enum State {
        /** Started; the index has not been compared with the catalogue yet. */
        CHECKING,
        /** The index disagreed with the catalogue (empty, behind, or of an older schema) and is being rebuilt. */
        REBUILDING,
        /** The index agrees with the catalogue. */
        READY,
        /** The rebuild at start failed; the site serves without up-to-date search. */
        DEGRADED
    }

    private volatile State state = State.CHECKING;
    private volatile String detail = "the index has not been compared with the catalogue yet";

    State state() {
        return state;
    }

    String detail() {
        return detail;
    }

    boolean serves() {
        return state == State.READY || state == State.DEGRADED;
    }

    void inStep(long documents) {
        set(State.READY, documents + " documents, in step with the catalogue");
    }

    void rebuilding(String why) {
        set(State.REBUILDING, why);
    }

    /** The rebuild started at start has finished; later rebuilds do not change readiness. */
    void rebuilt(long documents) {
        if (state == State.REBUILDING) {
            set(State.READY, documents + " documents, rebuilt from the database at start");
        }
    }

    void failed(String why) {
        if (state != State.READY) {
            set(State.DEGRADED, why);
        }
    }

    private void set(State newState, String newDetail) {
        this.detail = newDetail;
        this.state = newState;
    }
}
