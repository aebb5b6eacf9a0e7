package dev.boxoffice.platform;

public class Unauthenticated extends DomainException {

    public Unauthenticated(String detail) {
        super(Kind.UNAUTHENTICATED, "unauthenticated", "Authentication required", detail);
    }
}
