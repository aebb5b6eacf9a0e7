package dev.boxoffice.show.boundary;

import dev.boxoffice.platform.FastPathRequests;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;

/**
 * The most frequent request of all, an anonymous GET of a layout (/api/hall-layout/{id}/ and
 * /api/shows/{id}/seats), answered here with the same document and headers as the JAX-RS
 * resources give, but without JAX-RS: its per-request machinery cost more CPU than serving the
 * prepared bytes. Everything else passes on unchanged, and so does any request this filter is
 * not sure about (credentials, an unusual Accept, HEAD, an unknown show, a failure): the
 * resources then answer it, errors included, exactly as before.
 */
@WebFilter(urlPatterns = {"/api/hall-layout/*", "/api/shows/*"}, asyncSupported = true)
public class LayoutFastPath extends HttpFilter {

    private static final String HALL_LAYOUT = "/api/hall-layout/";
    private static final String SHOWS = "/api/shows/";
    private static final String SEATS = "/seats";

    @Inject
    LayoutSnapshots snapshots;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RenderedLayout layout = servable(request) ? render(request) : null;
        if (layout == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("ETag", '"' + layout.etag() + '"');
        response.setHeader("Cache-Control", LayoutResponses.CACHE_CONTROL);
        response.setHeader("Vary", LayoutResponses.VARY);
        if (LayoutResponses.unchanged(headers(request, "If-None-Match"), layout)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = layout.json();
        if (LayoutResponses.acceptsGzip(headers(request, "Accept-Encoding"))) {
            body = layout.gzip();
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static boolean servable(HttpServletRequest request) {
        return "GET".equals(request.getMethod())
                && request.getHeader("Authorization") == null
                && FastPathRequests.plainlyTakesJson(request.getHeader("Accept"));
    }

    /** The document, or null when the resource should answer (not a layout path, no such public show, a failure). */
    private RenderedLayout render(HttpServletRequest request) {
        String path = withoutTrailingSlash(FastPathRequests.pathOf(request));
        LayoutSnapshots.Shape shape;
        String id;
        if (path.startsWith(HALL_LAYOUT)) {
            shape = LayoutSnapshots.Shape.HALL_LAYOUT;
            id = path.substring(HALL_LAYOUT.length());
        } else if (path.startsWith(SHOWS) && path.endsWith(SEATS) && path.length() > SHOWS.length() + SEATS.length()) {
            shape = LayoutSnapshots.Shape.SEATS;
            id = path.substring(SHOWS.length(), path.length() - SEATS.length());
        } else {
            return null;
        }
        long showId = FastPathRequests.plainId(id);
        if (showId < 0) {
            return null;
        }
        try {
            return snapshots.render(shape, showId, null);
        } catch (RuntimeException notServedHere) {
            return null;
        }
    }

    private static String withoutTrailingSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static List<String> headers(HttpServletRequest request, String name) {
        List<String> values = Collections.list(request.getHeaders(name));
        return values.isEmpty() ? null : values;
    }
}
