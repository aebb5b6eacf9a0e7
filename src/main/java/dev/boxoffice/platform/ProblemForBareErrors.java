package dev.boxoffice.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Jersey answers some bad requests itself, before any exception mapper: a Content-Type or
 * Accept header it cannot parse gets a bare 400, which the servlet container would then dress
 * as an HTML error page. Every error without a body becomes problem+json here instead.
 */
@Provider
public class ProblemForBareErrors implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity()) {
            return;
        }
        Object problem = Problem.forBareError(status).getEntity();
        response.setEntity(problem, new java.lang.annotation.Annotation[0], MediaType.valueOf(Problem.MEDIA_TYPE));
    }
}
