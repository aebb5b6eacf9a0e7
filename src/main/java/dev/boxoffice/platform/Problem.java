package dev.boxoffice.platform;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An RFC 9457 problem detail. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String DATABASE_UNAVAILABLE_TITLE = "Database unavailable";
    public static final String DATABASE_UNAVAILABLE_DETAIL =
            "The database cannot be reached right now. Try again shortly.";
    /** Seconds a client should wait before retrying while the database is away (a restart takes a few). */
    private static final String DATABASE_RETRY_AFTER = "2";
    private static final String TYPE_BASE = "https://boxoffice.dev/problems/";

    private Problem() {
    }

    public static Map<String, Object> body(int status, String slug, String title, String detail,
                                           Map<String, Object> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + slug);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.putAll(extensions);
        return body;
    }

    /** A problem for a bare HTTP status, titled with its reason phrase (slug "bad-request" for 400). */
    public static Response forStatus(int status, String detail) {
        Response.StatusType known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return response(status, title.toLowerCase().replaceAll("[^a-z0-9]+", "-"), title, detail);
    }

    /** An error the container or Jersey raised without saying why (no exception of ours to map). */
    public static Response forBareError(int status) {
        return forStatus(status, status == 400
                ? "The request is malformed: check its headers (Content-Type, Accept) and body."
                : "The request failed.");
    }

    public static Response response(int status, String slug, String title, String detail) {
        return response(status, slug, title, detail, Map.of());
    }

    /** 503 with Retry-After: the database is down or restarting, and the same request may succeed later. */
    public static Response databaseUnavailable() {
        return Response.fromResponse(response(503, "database-unavailable", DATABASE_UNAVAILABLE_TITLE,
                DATABASE_UNAVAILABLE_DETAIL)).header("Retry-After", DATABASE_RETRY_AFTER).build();
    }

    public static Response response(int status, String slug, String title, String detail,
                                    Map<String, Object> extensions) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(json(status, slug, title, detail, extensions))
                .build();
    }

    /** The problem document itself, for answers written below JAX-RS. */
    public static String json(int status, String slug, String title, String detail, Map<String, Object> extensions) {
        return JsonConfig.jsonb().toJson(body(status, slug, title, detail, extensions));
    }

    /** Writes a problem answer built for JAX-RS (its status, headers and document), for the servlet filters below JAX-RS. */
    public static void write(HttpServletResponse response, Response problem) throws IOException {
        problem.getStringHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> response.addHeader(name, value));
            }
        });
        write(response, problem.getStatus(), (String) problem.getEntity());
    }

    /** Writes a problem document as the answer, for the servlet filters below JAX-RS. */
    public static void write(HttpServletResponse response, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
