package dev.boxoffice.platform;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** An RFC 9457 problem detail. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
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

    public static Response response(int status, String slug, String title, String detail) {
        return response(status, slug, title, detail, Map.of());
    }

    public static Response response(int status, String slug, String title, String detail,
                                    Map<String, Object> extensions) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(JsonConfig.jsonb().toJson(body(status, slug, title, detail, extensions)))
                .build();
    }
}
