package dev.boxoffice.booking.boundary;

import dev.boxoffice.account.control.CurrentCaller;
import dev.boxoffice.booking.control.PlainlyTakenSeats;
import dev.boxoffice.booking.entity.SeatsUnavailable;
import dev.boxoffice.platform.FastPathRequests;
import dev.boxoffice.platform.Problem;
import dev.boxoffice.platform.ProblemMapper;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The refusals of a rush on a few seats, answered without JAX-RS: a logged-in POST
 * /api/shows/{id}/holds whose body is plainly {"seat_ids": [...]} and whose seats are plainly
 * taken ({@link PlainlyTakenSeats}) gets the same 409 problem the resource gives. When 200 people
 * want one seat, 199 answers are such refusals, and Jersey's per-request machinery was most of
 * their cost. Any other request, and any this filter is not sure about (other fields, an unusual
 * Content-Type or Accept, a body of unknown or large size, seats that look free, a failure),
 * passes on to the resource with the body this filter read, and the resource decides as before;
 * seats found to look free are not read from the database a second time there.
 */
@WebFilter(urlPatterns = "/api/shows/*", asyncSupported = true)
public class TakenSeatsFastPath extends HttpFilter {

    private static final String SHOWS = "/api/shows/";
    private static final String HOLDS = "/holds";
    /** Bodies up to this size are read here; a list of seats to hold is far smaller. */
    private static final int MAX_BODY = 2048;
    private static final String SEAT_IDS_KEY = "\"seat_ids\"";
    /** Made once: {@code Json.createParser} looks the provider up with a ServiceLoader scan per call (5 % of a hold's CPU). */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(null);
    private static final String LOOKED_FREE = TakenSeatsFastPath.class.getName() + ".lookedFree";

    @Inject
    PlainlyTakenSeats plainlyTaken;
    @Inject
    CurrentCaller caller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long showId = servable(request) ? showId(request) : -1;
        if (showId < 0) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(request.getContentLength());
        List<Long> seatIds = seatIds(body);
        SeatsUnavailable refusal = null;
        try {
            if (seatIds != null) {
                plainlyTaken.refuse(showId, seatIds);
                request.setAttribute(LOOKED_FREE, new LookedFree(showId, seatIds));
            }
        } catch (SeatsUnavailable taken) {
            refusal = taken;
        } catch (RuntimeException notDecidedHere) {
            // an invalid seat list or a failure: the resource answers it
        }
        if (refusal == null) {
            chain.doFilter(new BodyAgain(request, body), response);
            return;
        }
        int status = ProblemMapper.statusOf(refusal);
        Problem.write(response, status,
                Problem.json(status, refusal.slug(), refusal.title(), refusal.getMessage(), refusal.extensions()));
    }

    private boolean servable(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && request.getContentLength() > 0 && request.getContentLength() <= MAX_BODY
                && isPlainJson(request.getContentType())
                && FastPathRequests.plainlyTakesJson(request.getHeader("Accept"))
                && caller.get().isPresent();
    }

    private static boolean isPlainJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.trim().toLowerCase();
        return type.equals("application/json") || type.equals("application/json; charset=utf-8")
                || type.equals("application/json;charset=utf-8");
    }

    /** The show id of /api/shows/{id}/holds, or -1 for any other path. */
    private static long showId(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(SHOWS) || !path.endsWith(HOLDS)) {
            return -1;
        }
        return FastPathRequests.plainId(path.substring(SHOWS.length(), Math.max(SHOWS.length(), path.length() - HOLDS.length())));
    }

    /**
     * The seat ids of a body that is exactly {"seat_ids": [plain digits, ...]}, or null. The key
     * must appear once, unescaped, so that a body with it twice is left to the resource.
     */
    private static List<Long> seatIds(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        int key = text.indexOf(SEAT_IDS_KEY);
        if (key < 0 || key != text.lastIndexOf(SEAT_IDS_KEY)) {
            return null;
        }
        try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(body))) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                return null;
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) { // more after the object: malformed, the resource says so
                return null;
            }
            if (object.size() != 1
                    || !(object.get("seat_ids") instanceof JsonArray array)) {
                return null;
            }
            List<Long> ids = new ArrayList<>(array.size());
            for (JsonValue element : array) {
                long id = element instanceof JsonNumber number ? FastPathRequests.plainId(number.toString()) : -1;
                if (id < 0) {
                    return null;
                }
                ids.add(id);
            }
            return ids;
        } catch (RuntimeException notPlain) {
            return null;
        }
    }

    /**
     * Whether this filter has just found these seats of the show not plainly taken, so that the
     * resource need not read them again.
     */
    static boolean lookedFree(HttpServletRequest request, long showId, List<Long> seatIds) {
        return request.getAttribute(LOOKED_FREE) instanceof LookedFree checked
                && checked.showId() == showId && checked.seatIds().equals(seatIds);
    }

    private record LookedFree(long showId, List<Long> seatIds) {
    }

    /** The request with the body this filter has read, for the resource to read again. */
    private static final class BodyAgain extends HttpServletRequestWrapper {

        private final ServletInputStream body;

        BodyAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = replay(body);
        }

        @Override
        public ServletInputStream getInputStream() {
            return body;
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        }

        private static ServletInputStream replay(byte[] body) {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body has already been read");
                }
            };
        }
    }
}
