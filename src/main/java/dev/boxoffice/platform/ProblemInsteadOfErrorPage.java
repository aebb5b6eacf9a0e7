package dev.boxoffice.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Errors the API never gets to map itself, such as a Content-Type header Jersey cannot parse,
 * end in {@code sendError}, which the container would answer with an HTML page. Under /api
 * they are answered as problem+json like every other error.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ProblemInsteadOfErrorPage extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendError(int status) throws IOException {
                sendError(status, null);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                if (isCommitted()) {
                    super.sendError(status, message);
                    return;
                }
                resetBuffer();
                Problem.write(this, status, Problem.forBareError(status).getEntity().toString());
                flushBuffer();
            }
        });
    }
}
