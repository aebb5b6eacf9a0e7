package dev.boxoffice.account.boundary;

import dev.boxoffice.account.control.Authentication;
import dev.boxoffice.account.control.CurrentCaller;
import dev.boxoffice.platform.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's one authentication step: the request's HTTP Basic credentials are checked once and
 * the caller becomes the request's SecurityContext, which the declared roles
 * ({@link RolesAllowedFeature}) are checked against. Wrong credentials are refused even on public
 * resources: 401, or 429 with Retry-After while the account is locked after too many failed
 * logins; 503 when they could not be checked because the database is unavailable.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthentication implements ContainerRequestFilter {

    @Inject
    CurrentCaller caller;

    @Override
    public void filter(ContainerRequestContext context) {
        Authentication authentication = caller.authentication();
        switch (authentication.outcome()) {
            case DATABASE_UNAVAILABLE -> context.abortWith(Problem.databaseUnavailable());
            case LOCKED -> context.abortWith(Response.fromResponse(Problem.response(429, "account-locked", "Account locked",
                            "Too many failed logins in a row; try again in " + authentication.lockedSeconds() + " seconds."))
                    .header("Retry-After", String.valueOf(authentication.lockedSeconds()))
                    .build());
            case BAD_CREDENTIALS -> context.abortWith(Response.fromResponse(Problem.response(401, "bad-credentials",
                            "Authentication failed", "Unknown username or wrong password."))
                    .header("WWW-Authenticate", "Basic realm=\"boxoffice\"")
                    .build());
            case AUTHENTICATED, ANONYMOUS -> context.setSecurityContext(
                    new CallerSecurityContext(authentication.caller(), context.getSecurityContext().isSecure()));
        }
    }
}
