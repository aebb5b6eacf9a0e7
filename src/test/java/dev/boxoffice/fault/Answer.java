package dev.boxoffice.fault;

/**
 * One request of the fault run as the client saw it. {@code status} is -1 when no answer came
 * (connection failure or client timeout). Times are System.nanoTime() values.
 */
record Answer(String what, long startedNanos, long endedNanos, int status, String contentType,
              String retryAfter, String body) {

    static final String UNAVAILABLE_TYPE = "https://boxoffice.dev/problems/database-unavailable";

    long millis() {
        return (endedNanos - startedNanos) / 1_000_000;
    }

    boolean succeeded() {
        return status >= 200 && status < 300;
    }

    boolean isError() {
        return status < 0 || status >= 500;
    }

    /** The answer the app owes a client while the database is away. */
    boolean isDatabaseUnavailable() {
        return status == 503
                && contentType != null && contentType.startsWith("application/problem+json")
                && retryAfter != null
                && body != null && body.contains(UNAVAILABLE_TYPE);
    }

    boolean startedWithin(long fromNanos, long toNanos) {
        return startedNanos >= fromNanos && startedNanos < toNanos;
    }
}
