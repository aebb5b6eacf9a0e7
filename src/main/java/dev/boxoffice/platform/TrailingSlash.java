package dev.boxoffice.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/**
 * The seed API's paths end in a slash (/api/hold-seat/); ours do not. Both spellings reach the
 * same resource.
 */
@Provider
@PreMatching
public class TrailingSlash implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String path = uri.getRawPath();
        if (path.length() > 1 && path.endsWith("/")) {
            String query = uri.getRawQuery();
            request.setRequestUri(URI.create(uri.getScheme() + "://" + uri.getRawAuthority()
                    + path.substring(0, path.length() - 1) + (query == null ? "" : "?" + query)));
        }
    }
}
