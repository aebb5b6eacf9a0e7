package dev.boxoffice.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the servlet-level fast paths (LayoutFastPath, HoldFastPath, ReleaseFastPath) accept as
 * plain enough to answer themselves; anything subtler is left to JAX-RS.
 */
public final class FastPathRequests {

    private FastPathRequests() {
    }

    /** No Accept header, or one that plainly takes JSON (no q-values). */
    public static boolean plainlyTakesJson(String accept) {
        if (accept == null) {
            return true;
        }
        if (accept.contains("q=")) {
            return false;
        }
        for (String range : accept.split(",")) {
            String type = range.split(";")[0].trim();
            if (type.equals("*/*") || type.equals("application/*") || type.equals("application/json")) {
                return true;
            }
        }
        return false;
    }

    /** The id written as 1 to 18 plain digits (no sign, exponent or fraction), or -1 for anything else. */
    public static long plainId(String text) {
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Long.parseLong(text);
    }

    /** The request's path within the application, such as /api/holds/7. */
    public static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The absolute URI of {@code path} under /api/, built from the request as JAX-RS builds its base URI. */
    public static String apiUri(HttpServletRequest request, String path) {
        StringBuffer url = request.getRequestURL();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath() + "/api/" + path;
    }
}
