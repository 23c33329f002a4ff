package se.delbart.shared;

import java.time.Duration;
import java.util.List;

/**
 * A rate limit was reached for the field(s) named: 429 with Retry-After in the API. A page shows its form again with a
 * message at the field, like any other invalid input.
 */
public class TooManyRequestsException extends InvalidInputException {

    private final Duration retryAfter;

    public TooManyRequestsException(List<FieldProblem> fieldProblems, Duration retryAfter) {
        super(fieldProblems);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
