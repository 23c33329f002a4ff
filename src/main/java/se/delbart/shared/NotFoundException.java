package se.delbart.shared;

/** The thing asked for does not exist, or the actor may not know that it exists. */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
