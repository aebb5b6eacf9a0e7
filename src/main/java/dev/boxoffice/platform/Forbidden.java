package dev.boxoffice.platform;

public class Forbidden extends DomainException {

    public Forbidden(String slug, String detail) {
        super(Kind.FORBIDDEN, slug, "Forbidden", detail);
    }
}
