package dev.boxoffice.account.entity;

import dev.boxoffice.platform.DomainException;

/** Revoking the admin role from the only administrator would leave nobody to administer. */
public class LastAdmin extends DomainException {

    public LastAdmin(String username) {
        super(Kind.CONFLICT, "last-admin", "Last administrator",
                username + " is the only administrator; grant the admin role to someone else first.");
    }
}
