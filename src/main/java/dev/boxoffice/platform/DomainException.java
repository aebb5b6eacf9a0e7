package dev.boxoffice.platform;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * Base of every business failure. Marked as an application exception so it reaches the caller
 * unwrapped from EJBs and still rolls the transaction back. Carries a stable slug and a kind,
 * never an HTTP status: the mapping lives in {@link ProblemMapper}.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    public enum Kind { BAD_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, GONE, UNPROCESSABLE }

    private final String slug;
    private final Kind kind;
    private final String title;
    private final Map<String, Object> extensions;

    public DomainException(Kind kind, String slug, String title, String detail) {
        this(kind, slug, title, detail, Map.of());
    }

    public DomainException(Kind kind, String slug, String title, String detail, Map<String, Object> extensions) {
        // no stack trace: an expected answer (a 4xx), and under contention thousands a second
        super(detail, null, false, false);
        this.kind = kind;
        this.slug = slug;
        this.title = title;
        this.extensions = extensions;
    }

    public String slug() {
        return slug;
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
