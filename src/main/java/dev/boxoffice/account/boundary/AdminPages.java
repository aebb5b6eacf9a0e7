package dev.boxoffice.account.boundary;

import dev.boxoffice.account.control.CurrentCaller;
import dev.boxoffice.account.entity.Caller;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The one check for everything under /admin — the admin views, their ajax posts (which go to the
 * view's own URL) and the CSV export: anonymous visitors are sent to the login form, other users
 * get 403. The backing beans do not check again. Forwards are checked too, since a Faces
 * navigation without redirect renders a view under the URL of the page it came from.
 */
@WebFilter(urlPatterns = "/admin/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class AdminPages extends HttpFilter {

    @Inject
    CurrentCaller caller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Caller> who = caller.get();
        if (who.isEmpty()) {
            String page = request.getRequestURI().substring(request.getContextPath().length() + 1);
            String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
            response.sendRedirect(request.getContextPath() + "/login.xhtml?returnTo="
                    + URLEncoder.encode(page + query, StandardCharsets.UTF_8));
            return;
        }
        if (!who.get().isAdmin()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><title>Forbidden</title></head><body>"
                    + "<h1>Forbidden</h1><p>These pages are for administrators only.</p>"
                    + "<p><a href=\"" + request.getContextPath() + "/index.xhtml\">Back to the shows</a></p></body></html>");
            return;
        }
        chain.doFilter(request, response);
    }
}
