package dev.boxoffice.platform;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Jersey ships its own mapper for ValidationException (a bare 400 without a body), which is
 * closer to the thrown type than our Throwable mapper. This one is closer still.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ValidationException> {

    private final ProblemMapper problems = new ProblemMapper();

    @Override
    public Response toResponse(ValidationException exception) {
        return problems.toResponse(exception);
    }
}
