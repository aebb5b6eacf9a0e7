package dev.boxoffice.booking.boundary;

import dev.boxoffice.account.control.CurrentCaller;
import dev.boxoffice.booking.control.SeatHolds;
import dev.boxoffice.platform.FastPathRequests;
import dev.boxoffice.platform.Problem;
import dev.boxoffice.platform.ProblemMapper;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * DELETE /api/holds/{id} answered without JAX-RS when it is plain (a logged-in caller, no body,
 * a plain Accept): the other half of every hold that is given up, with the resource's answer
 * (204, or the failure mapped by the same {@link ProblemMapper}). Anything else passes on to
 * {@link HoldsResource}.
 */
@WebFilter(urlPatterns = "/api/holds/*", asyncSupported = true)
public class ReleaseFastPath extends HttpFilter {

    private static final String HOLDS = "/api/holds/";

    // @EJB, not @Inject: a call through Weld's proxy of a no-interface EJB costs Payara a thrown and caught exception
    @EJB
    SeatHolds holds;
    @Inject
    CurrentCaller caller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long holdId = servable(request) ? holdId(request) : -1;
        if (holdId < 0 || caller.get().isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        try {
            holds.release(caller.require().id(), holdId);
        } catch (RuntimeException failure) {
            Problem.write(response, ProblemMapper.map(failure));
            return;
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private static boolean servable(HttpServletRequest request) {
        return "DELETE".equals(request.getMethod())
                && request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null
                && FastPathRequests.plainlyTakesJson(request.getHeader("Accept"));
    }

    /** The id of /api/holds/{id}, or -1 for any other path. */
    private static long holdId(HttpServletRequest request) {
        String path = FastPathRequests.pathOf(request);
        return path.startsWith(HOLDS) ? FastPathRequests.plainId(path.substring(HOLDS.length())) : -1;
    }
}
