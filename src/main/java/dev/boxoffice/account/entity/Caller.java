package dev.boxoffice.account.entity;

import java.security.Principal;
import java.util.Set;

/** The authenticated user a request acts for; the JAX-RS SecurityContext's principal. */
public record Caller(long id, String username, Set<String> roles) implements Principal {

    public static final String USER = "user";
    public static final String ADMIN = "admin";

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }

    @Override
    public String getName() {
        return username;
    }
}
