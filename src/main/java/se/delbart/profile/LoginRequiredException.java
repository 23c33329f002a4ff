package se.delbart.profile;

import se.delbart.shared.NotPermittedException;

/** An anonymous visitor asked for something only logged-in users may read (HTTP 401 rather than 403). */
public class LoginRequiredException extends NotPermittedException {

    public LoginRequiredException(String message) {
        super(message);
    }
}
