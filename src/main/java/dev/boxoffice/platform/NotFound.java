package dev.boxoffice.platform;

/** Something the caller named does not exist (or is not theirs to see). */
public class NotFound extends DomainException {

    public NotFound(String what, Object id) {
        super(Kind.NOT_FOUND, what + "-not-found", capitalise(what) + " not found",
                "No " + what + " with id " + id + ".");
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
