package dev.boxoffice.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * The seed API's paths end in a slash (/api/hold-seat/); ours do not. Both spellings reach the
 * same resource.
 */
@Provider
@PreMatching
public class TrailingSlash implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (path.length() > 1 && path.endsWith("/")) {
            request.setRequestUri(request.getUriInfo().getRequestUriBuilder()
                    .replacePath(path.substring(0, path.length() - 1))
                    .build());
        }
    }
}
