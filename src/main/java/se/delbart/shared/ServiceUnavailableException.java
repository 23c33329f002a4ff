package se.delbart.shared;

/** A service Delbart depends on (e.g. the search engine) cannot answer now; maps to 503 — try again later. */
public class ServiceUnavailableException extends RuntimeException {

    public ServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
