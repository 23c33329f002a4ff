package se.delbart.search;

/** The search engine could not answer (unreachable, or it refused a request). Never swallowed by an adapter. */
public class SearchUnavailableException extends se.delbart.shared.ServiceUnavailableException {

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
