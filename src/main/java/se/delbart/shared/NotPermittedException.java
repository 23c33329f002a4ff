package se.delbart.shared;

/** The actor is known but may not do this. */
public class NotPermittedException extends DomainException {

    public NotPermittedException(String message) {
        super(message);
    }
}
