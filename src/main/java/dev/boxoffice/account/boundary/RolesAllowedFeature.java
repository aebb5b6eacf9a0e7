package dev.boxoffice.account.boundary;

import dev.boxoffice.account.entity.Caller;
import dev.boxoffice.platform.Forbidden;
import dev.boxoffice.platform.Unauthenticated;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.util.List;

/**
 * Enforces the roles a resource declares ({@code @RolesAllowed}, {@code @PermitAll},
 * {@code @DenyAll}; the method's annotation wins over its class's) against the SecurityContext
 * that {@link BasicAuthentication} set. Runs as the authorisation step, after authentication and
 * before the request body is read, so a caller without the role learns nothing from validation
 * errors: 401 {@code unauthenticated} for anonymous callers, 403 for other users. Only resource
 * methods that declare something get a filter; the others cost nothing.
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        AnnotatedElement declaring = declaring(resource);
        if (declaring == null || declaring.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        List<String> roles = declaring.isAnnotationPresent(DenyAll.class)
                ? List.of() : List.of(declaring.getAnnotation(RolesAllowed.class).value());
        context.register(new RolesCheck(roles), Priorities.AUTHORIZATION);
    }

    /** The method if it declares who may call it, else its class if that does, else null. */
    private static AnnotatedElement declaring(ResourceInfo resource) {
        for (AnnotatedElement element : new AnnotatedElement[] {resource.getResourceMethod(), resource.getResourceClass()}) {
            if (element != null && (element.isAnnotationPresent(RolesAllowed.class)
                    || element.isAnnotationPresent(PermitAll.class) || element.isAnnotationPresent(DenyAll.class))) {
                return element;
            }
        }
        return null;
    }

    private record RolesCheck(List<String> roles) implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                throw new Unauthenticated("Log in with HTTP Basic to do this.");
            }
            if (roles.stream().noneMatch(security::isUserInRole)) {
                throw refusal();
            }
        }

        private Forbidden refusal() {
            return roles.equals(List.of(Caller.ADMIN))
                    ? new Forbidden("admin-only", "Only administrators may do this.")
                    : new Forbidden("role-required", "Your account may not do this.");
        }
    }
}
