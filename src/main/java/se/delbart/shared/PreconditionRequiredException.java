package se.delbart.shared;

/** An update came without If-Match; maps to 428 so that no client overwrites by accident. */
public class PreconditionRequiredException extends DomainException {

    public PreconditionRequiredException() {
        super("Send the ETag you read in an If-Match header; updates without it could overwrite other people's changes.");
    }
}
