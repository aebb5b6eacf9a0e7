package dev.boxoffice.platform;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure that leaves a resource into RFC 9457 problem+json. EJB wrapping is peeled
 * off first, so a domain exception, a validation failure or a lock timeout deep inside a
 * transaction is answered the same way wherever it came from. A database that cannot be reached
 * (down, restarting, pool exhausted) is a retryable 503. Anything unrecognised is a bug: 500.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    /** lock_not_available, query_canceled (statement timeout), deadlock, serialization, unique race. */
    private static final Set<String> RETRYABLE_SQL_STATES = Set.of("55P03", "57014", "40P01", "40001", "23505");

    @Override
    public Response toResponse(Throwable thrown) {
        return map(thrown);
    }

    /** The problem answer for a failure, also for answers written below JAX-RS. */
    public static Response map(Throwable thrown) {
        Throwable failure = Failures.unwrapEjb(thrown);
        if (failure instanceof DomainException domain) {
            return fromDomain(domain);
        }
        if (failure instanceof ConstraintViolationException violations) {
            return fromViolations(violations);
        }
        if (isMalformedJson(failure)) {
            return Problem.response(400, "malformed-json", "Malformed request body",
                    "The request body is not valid JSON of the expected shape: " + rootMessage(failure));
        }
        if (failure instanceof WebApplicationException web) {
            return fromWebApplication(web);
        }
        if (Failures.isDatabaseUnavailable(failure)) {
            LOG.warning(() -> "Database unavailable: " + rootMessage(failure));
            return Problem.databaseUnavailable();
        }
        Optional<String> sqlState = Failures.sqlState(failure);
        if (sqlState.isPresent() && RETRYABLE_SQL_STATES.contains(sqlState.get())) {
            return Response.fromResponse(Problem.response(409, "busy", "Seats are busy",
                    "Another request is changing these seats right now; try again.")).header("Retry-After", "1").build();
        }
        LOG.log(Level.SEVERE, "Unexpected failure", thrown);
        return Problem.response(500, "internal-error", "Internal error", "An unexpected error occurred.");
    }

    /** The HTTP status of a domain failure, also for answers written below JAX-RS. */
    public static int statusOf(DomainException e) {
        return switch (e.kind()) {
            case BAD_REQUEST -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case GONE -> 410;
            case UNPROCESSABLE -> 422;
        };
    }

    private static Response fromDomain(DomainException e) {
        int status = statusOf(e);
        Response response = Problem.response(status, e.slug(), e.title(), e.getMessage(), e.extensions());
        if (status == 401) {
            return Response.fromResponse(response).header("WWW-Authenticate", "Basic realm=\"boxoffice\"").build();
        }
        return response;
    }

    private static Response fromViolations(ConstraintViolationException e) {
        Set<ConstraintViolation<?>> violations = e.getConstraintViolations();
        boolean missing = violations.stream()
                .anyMatch(v -> v.getConstraintDescriptor().getAnnotation() instanceof NotNull);
        List<Map<String, String>> errors = violations.stream()
                .map(v -> Map.of("field", field(v), "message", v.getMessage()))
                .sorted((a, b) -> a.get("field").compareTo(b.get("field")))
                .toList();
        String detail = errors.stream().map(m -> m.get("field") + " " + m.get("message"))
                .reduce((a, b) -> a + "; " + b).orElse("Invalid request.");
        return missing
                ? Problem.response(400, "missing-field", "Missing field", detail, Map.of("errors", errors))
                : Problem.response(422, "invalid-field", "Invalid field", detail, Map.of("errors", errors));
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        String leaf = dot < 0 ? path : path.substring(dot + 1);
        return leaf.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase();
    }

    private static Response fromWebApplication(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        if (status >= 500) {
            LOG.log(Level.SEVERE, "Server error from JAX-RS", e);
        }
        Response.ResponseBuilder builder = Response.fromResponse(
                Problem.response(status, slug(title), title, describe(status, e)));
        original.getStringHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    private static String describe(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "No such resource.";
            case 405 -> "Method not allowed on this resource.";
            case 415 -> "Send the request body as application/json.";
            default -> e.getMessage() == null ? "Request failed." : e.getMessage();
        };
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    private static boolean isMalformedJson(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof JsonbException || c instanceof JsonException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 200 ? message.substring(0, 200) : message;
    }
}
