package dev.boxoffice.account.boundary;

import dev.boxoffice.account.entity.Caller;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** What JAX-RS knows of who calls: the caller HTTP Basic authenticated, or nobody (null) for anonymous requests. */
record CallerSecurityContext(Caller caller, boolean secure) implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
        return caller;
    }

    @Override
    public boolean isUserInRole(String role) {
        return caller != null && caller.roles().contains(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return caller == null ? null : BASIC_AUTH;
    }
}
