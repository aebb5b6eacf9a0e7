package dev.boxoffice.platform;

/** Well-formed input that breaks a rule: 422. */
public class InvalidRequest extends DomainException {

    public InvalidRequest(String slug, String detail) {
        super(Kind.UNPROCESSABLE, slug, "Invalid request", detail);
    }
}
