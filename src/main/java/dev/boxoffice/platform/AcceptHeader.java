package dev.boxoffice.platform;

/** The Accept headers the servlet-level fast paths answer themselves; anything subtler is left to JAX-RS. */
public final class AcceptHeader {

    private AcceptHeader() {
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
}
