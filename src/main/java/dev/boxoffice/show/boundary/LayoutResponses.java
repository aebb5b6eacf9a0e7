package dev.boxoffice.show.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** HTTP for layout documents: entity tags (304 when unchanged), gzip when the client accepts it. */
final class LayoutResponses {

    private LayoutResponses() {
    }

    static Response of(RenderedLayout layout, HttpHeaders request) {
        List<String> ifNoneMatch = request.getRequestHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && ifNoneMatch.stream().anyMatch(tags -> tags.contains(layout.etag()))) {
            return cacheHeaders(Response.notModified(), layout).build();
        }
        Response.ResponseBuilder response = acceptsGzip(request)
                ? Response.ok(layout.gzip()).header("Content-Encoding", "gzip")
                : Response.ok(layout.json());
        return cacheHeaders(response.type(MediaType.APPLICATION_JSON_TYPE), layout).build();
    }

    private static Response.ResponseBuilder cacheHeaders(Response.ResponseBuilder response, RenderedLayout layout) {
        return response.tag(layout.etag())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .header(HttpHeaders.VARY, "Accept-Encoding, Authorization");
    }

    private static boolean acceptsGzip(HttpHeaders request) {
        List<String> accepted = request.getRequestHeader(HttpHeaders.ACCEPT_ENCODING);
        if (accepted == null) {
            return false;
        }
        for (String header : accepted) {
            for (String coding : header.split(",")) {
                String[] parts = coding.trim().split(";");
                if (parts[0].trim().equalsIgnoreCase("gzip")
                        && !(parts.length > 1 && parts[1].replace(" ", "").matches("q=0(\\.0*)?"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
