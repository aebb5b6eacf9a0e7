package dev.boxoffice.account.boundary;

import dev.boxoffice.account.control.CurrentCaller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Everything under /api/admin is for administrators: 401 for anonymous callers, 403 for other
 * users, decided before the request body is even read (so a non-admin learns nothing from
 * validation errors). The resources check again.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AdminOnly implements ContainerRequestFilter {

    @Inject
    CurrentCaller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("admin/") || path.equals("admin") || path.startsWith("/admin")) {
            caller.requireAdmin();
        }
    }
}
