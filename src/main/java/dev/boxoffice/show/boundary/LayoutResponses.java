package dev.boxoffice.show.boundary;

import dev.boxoffice.show.control.RenderedLayout;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * HTTP for layout documents: entity tags (304 when unchanged), gzip when the client accepts it.
 * The bytes are rendered once per document ({@link RenderedLayout}); sending them is all a read costs here.
 */
final class LayoutResponses {

    static final String CACHE_CONTROL = "private, no-cache";
    static final String VARY = "Accept-Encoding, Authorization";

    private LayoutResponses() {
    }

    static Response of(RenderedLayout layout, HttpHeaders request) {
        if (unchanged(request.getRequestHeader(HttpHeaders.IF_NONE_MATCH), layout)) {
            return cacheHeaders(Response.notModified(), layout).build();
        }
        boolean gzip = acceptsGzip(request.getRequestHeader(HttpHeaders.ACCEPT_ENCODING));
        byte[] body = gzip ? layout.gzip() : layout.json();
        Response.ResponseBuilder response = Response.ok(body).header(HttpHeaders.CONTENT_LENGTH, body.length);
        if (gzip) {
            response.header("Content-Encoding", "gzip");
        }
        return cacheHeaders(response.type(MediaType.APPLICATION_JSON_TYPE), layout).build();
    }

    private static Response.ResponseBuilder cacheHeaders(Response.ResponseBuilder response, RenderedLayout layout) {
        return response.header(HttpHeaders.ETAG, layout.quotedEtag())
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, VARY);
    }

    /** Whether an If-None-Match header names the layout's entity tag. */
    static boolean unchanged(List<String> ifNoneMatch, RenderedLayout layout) {
        return ifNoneMatch != null && ifNoneMatch.stream().anyMatch(tags -> tags.contains(layout.etag()));
    }

    static boolean acceptsGzip(List<String> acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String header : acceptEncoding) {
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
