package dev.boxoffice.booking.boundary;

import dev.boxoffice.account.control.CurrentCaller;
import dev.boxoffice.booking.control.ChosenSeatHolds;
import dev.boxoffice.booking.entity.HoldDetails;
import dev.boxoffice.booking.entity.SeatsUnavailable;
import dev.boxoffice.platform.FastPathRequests;
import dev.boxoffice.platform.JsonConfig;
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
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * POST /api/shows/{id}/holds answered without JAX-RS when it is plain: a logged-in caller, a body
 * that is exactly {"seat_ids": [...]}, plain JSON Content-Type and Accept. Holding seats is the
 * busiest write, and Jersey's per-request machinery was about a sixth of its CPU. The answer is
 * the resource's: the same {@link ChosenSeatHolds}, the same 201 document and Location, and
 * failures mapped by the same {@link ProblemMapper}. A rush on a few seats is mostly refusals of
 * plainly taken seats, written here with the least work. Any other request (other fields, an
 * unusual Content-Type or Accept, a body of unknown or large size, no or wrong credentials)
 * passes on to {@link ShowHoldsResource} with the body this filter read.
 */
@WebFilter(urlPatterns = "/api/shows/*", asyncSupported = true)
public class HoldFastPath extends HttpFilter {

    private static final String SHOWS = "/api/shows/";
    private static final String HOLDS = "/holds";
    /** Bodies up to this size are read here; a list of seats to hold is far smaller. */
    private static final int MAX_BODY = 2048;
    private static final String SEAT_IDS_KEY = "\"seat_ids\"";
    /** Made once: {@code Json.createParser} looks the provider up with a ServiceLoader scan per call (5 % of a hold's CPU). */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(null);

    @Inject
    ChosenSeatHolds chosenSeats;
    @Inject
    CurrentCaller caller;
    @Inject
    Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long showId = servable(request) ? showId(request) : -1;
        if (showId < 0 || caller.get().isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(request.getContentLength());
        List<Long> seatIds = seatIds(body);
        if (seatIds == null) {
            chain.doFilter(new BodyAgain(request, body), response);
            return;
        }
        HoldDetails details;
        try {
            details = chosenSeats.hold(caller.require().id(), showId, seatIds);
        } catch (SeatsUnavailable taken) {
            int status = ProblemMapper.statusOf(taken);
            Problem.write(response, status,
                    Problem.json(status, taken.slug(), taken.title(), taken.getMessage(), taken.extensions()));
            return;
        } catch (RuntimeException failure) {
            Problem.write(response, ProblemMapper.map(failure));
            return;
        }
        byte[] json = JsonConfig.jsonb().toJson(HoldJson.of(details, clock.instant())).getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_CREATED);
        response.setHeader("Location", FastPathRequests.apiUri(request, "holds/" + details.hold().id()));
        response.setContentType("application/json");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }

    private static boolean servable(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && request.getContentLength() > 0 && request.getContentLength() <= MAX_BODY
                && isPlainJson(request.getContentType())
                && FastPathRequests.plainlyTakesJson(request.getHeader("Accept"));
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
        String path = FastPathRequests.pathOf(request);
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
