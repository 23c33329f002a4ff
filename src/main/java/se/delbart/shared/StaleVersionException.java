package se.delbart.shared;

/** The client's copy (If-Match) is older than the stored one: never overwrite silently; maps to 412. */
public class StaleVersionException extends DomainException {

    public StaleVersionException(long expected, long actual) {
        super("The resource has changed: you sent version " + expected + " but the current version is " + actual
                + ". Fetch it again and reapply your change.");
    }
}
