package dev.boxoffice.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boxoffice.testsupport.Api;
import dev.boxoffice.testsupport.Reply;
import dev.boxoffice.testsupport.TestData;
import dev.boxoffice.testsupport.TestData.ShowFixture;
import dev.boxoffice.testsupport.User;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;

public class BookingScenarios extends BookingSteps {

    public BookingScenarios(Api api) {
        super(api);
    }

    public void bookingNeedsOwnLiveHold() {
        ShowFixture show = TestData.show("Book", 1, 6);
        User owner = TestData.user("owner");
        User other = TestData.user("other");
        List<Long> seats = show.seatIds().subList(0, 2);
        long holdId = holdOk(owner, show.showId(), seats);

        assertProblem(book(other, holdId), 404);
        Reply booked = book(owner, holdId);
        assertEquals(201, booked.status(), booked.toString());
        String reference = booked.json().getString("reference");
        assertTrue(reference.matches("[34679ACDEFGHJKMNPQRTUVWXY]{8}"), reference);
        assertTrue(booked.header("Location").endsWith("/api/bookings/" + reference));
        assertEquals(seats, booked.json().getJsonArray("seat_ids").getValuesAs(v -> ((jakarta.json.JsonNumber) v).longValue()));
        assertEquals("booked", status(show.showId(), seats.get(0), other));
        assertEquals("booked", status(show.showId(), seats.get(1), owner));

        assertEquals("confirmed", api.get("api/bookings/" + reference, owner).json().getString("status"));
        assertProblem(api.get("api/bookings/" + reference, other), 404);
        assertTrue(api.get("api/bookings", owner).array().stream().map(JsonValue::asJsonObject)
                .anyMatch(b -> b.getString("reference").equals(reference)));
        assertTrue(api.get("api/bookings", other).array().isEmpty(), "a user never sees another user's bookings");
        assertProblem(book(owner, holdId), 409);
        assertProblem(hold(other, show.showId(), List.of(seats.get(0))), 409);
    }

    public void sameIdempotencyKeyReturnsSameBooking() {
        ShowFixture show = TestData.show("Idempotent", 1, 6);
        User user = TestData.user("retry");
        long holdId = holdOk(user, show.showId(), List.of(show.seatIds().get(0)));
        long otherHold = holdOk(TestData.user("x"), show.showId(), List.of(show.seatIds().get(1)));
        String key = UUID.randomUUID().toString();

        Reply first = book(user, holdId, key);
        assertEquals(201, first.status(), first.toString());
        Reply again = book(user, holdId, key);
        assertEquals(201, again.status(), again.toString());
        assertEquals(first.json().getString("reference"), again.json().getString("reference"));
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(1, TestData.scalar("SELECT count(*) FROM booking WHERE hold_id = ?", holdId), "no second booking");

        assertProblem(book(user, otherHold, key), 422);
        assertProblem(book(user, holdId, "x".repeat(201)), 400);
    }

    public void releasedHoldFreesSeatsAtOnceAndCannotBeBooked() {
        ShowFixture show = TestData.show("Release", 1, 4);
        User user = TestData.user("releaser");
        long holdId = holdOk(user, show.showId(), show.seatIds().subList(0, 3));
        assertEquals(204, api.delete("api/holds/" + holdId, user).status());
        for (long seat : show.seatIds().subList(0, 3)) {
            assertEquals("available", status(show.showId(), seat, user));
        }
        assertEquals("released", api.get("api/holds/" + holdId, user).json().getString("status"));
        assertProblem(book(user, holdId), 410);
        assertEquals(204, api.delete("api/holds/" + holdId, user).status(), "releasing twice changes nothing");
        holdOk(TestData.user("next"), show.showId(), show.seatIds().subList(0, 3));
    }

    public void cancelledBookingFreesSeatsAtOnce() {
        ShowFixture show = TestData.show("Cancel", 1, 4);
        User user = TestData.user("canceller");
        User other = TestData.user("stranger");
        String reference = bookOk(user, holdOk(user, show.showId(), show.seatIds().subList(0, 2)));

        assertProblem(api.post("api/bookings/" + reference + "/cancel", "", other), 404);
        assertEquals("booked", status(show.showId(), show.seatIds().get(0), user));
        Reply cancelled = api.post("api/bookings/" + reference + "/cancel", "", user);
        assertEquals(200, cancelled.status(), cancelled.toString());
        assertEquals("cancelled", cancelled.json().getString("status"));
        assertEquals("available", status(show.showId(), show.seatIds().get(0), user));
        assertEquals("available", status(show.showId(), show.seatIds().get(1), user));
        assertEquals(200, api.post("api/bookings/" + reference + "/cancel", "", user).status(), "cancel is idempotent");
        bookOk(other, holdOk(other, show.showId(), show.seatIds().subList(0, 2)));
    }

    public void otherUsersHoldsAreUntouchable() {
        ShowFixture show = TestData.show("Untouchable", 1, 4);
        User owner = TestData.user("mine");
        User intruder = TestData.user("intruder");
        long holdId = holdOk(owner, show.showId(), List.of(show.seatIds().get(0)));

        assertProblem(api.get("api/holds/" + holdId, intruder), 404);
        assertProblem(api.delete("api/holds/" + holdId, intruder), 404);
        assertProblem(book(intruder, holdId), 404);
        assertEquals("active", api.get("api/holds/" + holdId, owner).json().getString("status"));
        assertEquals("held", status(show.showId(), show.seatIds().get(0), intruder));
        assertTrue(seat(show.showId(), show.seatIds().get(0), intruder).isNull("locked_by"));
        assertProblem(api.post("api/book-seat/", SeedDemoScenarios.body(show.showId(), show.seatIds().get(0)), intruder), 409);
    }

    public void expiredHoldCannotBeBooked() {
        ShowFixture show = TestData.show("Too late", 1, 4);
        User user = TestData.user("late");
        long holdId = holdOk(user, show.showId(), List.of(show.seatIds().get(0)));
        TestData.update("UPDATE hold SET created_at = now() - interval '10 minutes',"
                + " expires_at = now() - interval '1 second' WHERE id = ?", holdId);
        assertProblem(book(user, holdId), 410);
        assertEquals("expired", api.get("api/holds/" + holdId, user).json().getString("status"));
        assertEquals("available", status(show.showId(), show.seatIds().get(0), user));
    }
}
