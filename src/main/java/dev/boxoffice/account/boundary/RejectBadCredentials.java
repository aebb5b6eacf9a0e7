package dev.boxoffice.account.boundary;

import dev.boxoffice.platform.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** A request with wrong credentials is refused, even on public resources. */
@Provider
public class RejectBadCredentials implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (Boolean.TRUE.equals(request.getAttribute(BasicAuthentication.BAD_CREDENTIALS))) {
            context.abortWith(Response.fromResponse(Problem.response(401, "bad-credentials",
                            "Authentication failed", "Unknown username or wrong password."))
                    .header("WWW-Authenticate", "Basic realm=\"boxoffice\"")
                    .build());
        }
    }
}
