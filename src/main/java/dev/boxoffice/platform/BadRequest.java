package dev.boxoffice.platform;

/** Malformed input: missing fields, wrong types. */
public class BadRequest extends DomainException {

    public BadRequest(String slug, String detail) {
        super(Kind.BAD_REQUEST, slug, "Bad request", detail);
    }
}
