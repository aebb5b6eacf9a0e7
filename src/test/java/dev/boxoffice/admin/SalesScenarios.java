package dev.boxoffice.admin;

import static dev.boxoffice.testsupport.User.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boxoffice.testsupport.Api;
import dev.boxoffice.testsupport.Reply;
import dev.boxoffice.testsupport.TestData;
import dev.boxoffice.testsupport.User;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Cancelling shows, the audit trail, the CSV export and the dashboard numbers. */
public class SalesScenarios extends AdminSteps {

    public SalesScenarios(Api api) {
        super(api);
    }

    public void everySeatTransitionIsAudited() {
        long hall = hall(venue(), "Audited");
        assertEquals(200, layout(hall, rectangle(1, 4)).status());
        long showId = showOk(hall, "Audit", Instant.now().plus(Duration.ofDays(2)), Map.of("STANDARD", 700L));
        long seat = seatIds(showId).get(1);
        User user = TestData.user("audited");
        long holdId = holdOk(user, showId, seat);
        assertEquals(204, api.delete("api/holds/" + holdId, user).status());
        String reference = book(user, holdOk(user, showId, seat));
        assertEquals(200, api.post("api/bookings/" + reference + "/cancel", "", user).status());
        long expiring = holdOk(user, showId, seat);
        TestData.update("UPDATE hold SET expires_at = now() - interval '1 second', created_at = now() - interval '1 minute'"
                + " WHERE id = ?", expiring);
        awaitRowAvailable(showId, seat);

        JsonArray history = api.get("api/admin/shows/" + showId + "/seats/" + seat + "/history", ADMIN).array();
        List<String> steps = history.stream().map(JsonValue::asJsonObject)
                .map(h -> h.getString("from_status") + ">" + h.getString("to_status")).toList();
        assertEquals(List.of("AVAILABLE>HELD", "HELD>AVAILABLE", "AVAILABLE>HELD", "HELD>BOOKED", "BOOKED>AVAILABLE",
                "AVAILABLE>HELD", "HELD>AVAILABLE"), steps);
        JsonObject booked = history.getJsonObject(3).asJsonObject();
        assertEquals(user.name(), booked.getString("username"));
        assertEquals(reference, booked.getString("booking_reference"));
        assertTrue(history.getJsonObject(6).isNull("username"), "expiry is done by the system");
        assertEquals(7, TestData.scalar("SELECT count(*) FROM seat_audit WHERE show_id = ? AND seat_id = ?", showId, seat));
    }

    public void cancellingAShowEndsHoldsAndCancelsBookings() {
        long hall = hall(venue(), "Cancelled");
        assertEquals(200, layout(hall, rectangle(1, 6)).status());
        long showId = showOk(hall, "Called off", Instant.now().plus(Duration.ofDays(2)), Map.of("STANDARD", 1500L));
        List<Long> seats = seatIds(showId);
        User holder = TestData.user("holding");
        User buyer = TestData.user("bought");
        long holdId = holdOk(holder, showId, seats.get(0));
        String reference = book(buyer, holdOk(buyer, showId, seats.get(1)));

        Reply cancelled = api.post("api/admin/shows/" + showId + "/cancel", "", ADMIN);
        assertEquals(200, cancelled.status(), cancelled.toString());
        assertEquals("cancelled", cancelled.json().getString("status"));
        assertEquals("cancelled", api.get("api/bookings/" + reference, buyer).json().getString("status"));
        assertEquals("released", api.get("api/holds/" + holdId, holder).json().getString("status"));
        assertEquals(0, TestData.scalar("SELECT count(*) FROM show_seat WHERE show_id = ? AND status <> 'AVAILABLE'", showId));
        assertTrue(api.get("api/shows", null).array().stream()
                .noneMatch(s -> s.asJsonObject().getJsonNumber("id").longValue() == showId), "no longer listed");
        Reply refused = api.post("api/shows/" + showId + "/holds", "{\"seat_ids\": [" + seats.get(2) + "]}", holder);
        assertEquals(409, refused.status(), refused.toString());
        assertEquals(410, api.post("api/bookings", "{\"hold_id\": " + holdId + "}", holder).status());
        assertEquals(200, api.post("api/admin/shows/" + showId + "/cancel", "", ADMIN).status(), "idempotent");
    }

    public void dashboardAndCsvExportReflectSales() {
        long hall = hall(venue(), "Reported");
        assertEquals(200, layout(hall, rectangle(2, 5)).status());
        long showId = showOk(hall, "Report, \"quoted\"", Instant.now().plus(Duration.ofDays(2)), Map.of("STANDARD", 1250L));
        List<Long> seats = seatIds(showId);
        User buyer = TestData.user("reported");
        String reference = book(buyer, holdOk(buyer, showId, seats.get(0), seats.get(1)));
        holdOk(TestData.user("pending"), showId, seats.get(5));

        JsonObject dashboard = api.get("api/admin/shows/" + showId + "/dashboard", ADMIN).json();
        assertEquals(10, dashboard.getInt("total_seats"));
        assertEquals(2, dashboard.getInt("sold"));
        assertEquals(1, dashboard.getInt("held"));
        assertEquals(7, dashboard.getInt("free"));
        assertEquals(2500, dashboard.getJsonNumber("revenue_cents").longValue());
        assertEquals(2, dashboard.getJsonArray("sales_over_time").getJsonObject(0).getInt("seats"));

        Reply csv = api.get("api/admin/shows/" + showId + "/bookings.csv", ADMIN);
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        String[] lines = csv.body().split("\r\n");
        assertEquals("reference,username,status,created_at,cancelled_at,seats,seat_count,total", lines[0]);
        assertEquals(2, lines.length);
        assertTrue(lines[1].startsWith(reference + "," + buyer.name() + ",confirmed,"), lines[1]);
        assertTrue(lines[1].endsWith(",A-1 A-2,2,25.00"), lines[1]);
    }

    private List<Long> seatIds(long showId) {
        return api.get("api/shows/" + showId + "/seats", null).json().getJsonArray("seats").stream()
                .map(s -> s.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private long holdOk(User user, long showId, Long... seats) {
        Reply reply = api.post("api/shows/" + showId + "/holds", "{\"seat_ids\": " + List.of(seats) + "}", user);
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getJsonNumber("id").longValue();
    }

    private String book(User user, long holdId) {
        Reply reply = api.post("api/bookings", "{\"hold_id\": " + holdId + "}", user);
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getString("reference");
    }

    private static void awaitRowAvailable(long showId, long seatId) {
        Instant deadline = Instant.now().plusSeconds(15);
        while (Instant.now().isBefore(deadline) && !"AVAILABLE".equals(
                TestData.text("SELECT status FROM show_seat WHERE show_id = ? AND seat_id = ?", showId, seatId))) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
