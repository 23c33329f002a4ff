package se.delbart.shared;

/** Base of the exceptions that express a client-visible rule; each maps to one problem type. */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
