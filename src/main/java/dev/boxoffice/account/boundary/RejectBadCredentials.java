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
 * A request with wrong credentials is refused, even on public resources: 401, or 429 with
 * Retry-After while the account is locked after too many failed logins; 503 when the credentials
 * could not be checked because the database is unavailable. Runs as the
 * authentication step, before any authorisation filter could mistake the caller for anonymous.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class RejectBadCredentials implements ContainerRequestFilter {

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
            case AUTHENTICATED, ANONYMOUS -> {
                // carry on
            }
        }
    }
}
