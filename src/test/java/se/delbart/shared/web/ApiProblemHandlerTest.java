package se.delbart.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import se.delbart.shared.FieldProblem;
import se.delbart.shared.ServiceUnavailableException;

class ApiProblemHandlerTest {

    private final ApiProblemHandler handler = new ApiProblemHandler(new WebLimits(org.springframework.util.unit.DataSize.ofMegabytes(1)));

    @Test
    void anUnavailableDependencyIs503WithRetryAfterAndNoInternals() {
        var response = handler.unavailable(new ServiceUnavailableException("alias delbart-solutions-v1 refused", null));
        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
        assertThat(response.getBody().getType()).isEqualTo(Problems.SERVICE_UNAVAILABLE);
        assertThat(response.getBody().getDetail()).doesNotContain("alias");
    }

    @Test
    void validationProblemsNameEveryField() {
        var problem = ApiProblemHandler.validationProblem(
                List.of(new FieldProblem("summary", "too long"), new FieldProblem("name", "blank")));
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).contains("summary", "name");
        assertThat(problem.getProperties()).containsKey("errors");
    }

    @Test
    void unexpectedErrorsNeverLeakTheirMessage() {
        var problem = handler.unexpected(new IllegalStateException("password=hunter2 at SomeClass"));
        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getDetail()).doesNotContain("hunter2").doesNotContain("IllegalStateException");
    }
}
