package dev.boxoffice.account.entity;

import dev.boxoffice.platform.DomainException;

public class UnknownAccount extends DomainException {

    public UnknownAccount(String username) {
        super(Kind.NOT_FOUND, "account-not-found", "Account not found", "No account named " + username + ".");
    }
}
