package dev.boxoffice.account.entity;

import java.util.Set;

/** The authenticated user a request acts for. */
public record Caller(long id, String username, Set<String> roles) {

    public static final String USER = "user";
    public static final String ADMIN = "admin";

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }
}
