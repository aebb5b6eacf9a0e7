package dev.boxoffice.web;

import static dev.boxoffice.testsupport.User.USER1;
import static dev.boxoffice.testsupport.User.USER2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boxoffice.testsupport.Api;
import dev.boxoffice.testsupport.Browser;
import dev.boxoffice.testsupport.SecondInstance;
import dev.boxoffice.testsupport.TestData;
import dev.boxoffice.testsupport.TestData.ShowFixture;
import dev.boxoffice.testsupport.User;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.openqa.selenium.By;

/** The seat map in real headless Chromium, two users side by side. */
public class SeatMapScenarios {

    private static final Duration LIVE = Duration.ofSeconds(2);
    private final Api api;

    public SeatMapScenarios(Api api) {
        this.api = api;
    }

    public void heldSeatAppearsOnOtherOpenMapAndCannotBeSelected() throws Exception {
        long showId = showIdOf("Release Night");
        long seatId = api.get("api/hall-layout/" + showId + "/", null).json().getJsonArray("seats")
                .getJsonObject(25).getJsonNumber("id").longValue();
        Browser first = new Browser(api.base(), "user1");
        Browser second = new Browser(api.base(), "user2");
        Browser.recording("seed-demo", List.of(first, second), () -> {
            first.logIn(USER1, null);
            second.logIn(USER2, null);
            first.openSeatMap(showId);
            second.openSeatMap(showId);
            assertEquals("a", second.seatState(seatId));

            first.seat(seatId).click();
            assertEquals("true", first.seat(seatId).getDomAttribute("aria-pressed"));
            first.click("actions:hold");
            first.awaitAjaxIdle();
            first.awaitSeatState(seatId, "m", Duration.ofSeconds(5));

            second.awaitSeatState(seatId, "h", LIVE);
            assertTrue(second.seat(seatId).getDomAttribute("aria-label").contains("held by someone else"));
            second.seat(seatId).click();
            assertEquals("false", second.seat(seatId).getDomAttribute("aria-pressed"), "a held seat cannot be selected");
            assertEquals("true", second.seat(seatId).getDomAttribute("aria-disabled"));
            assertEquals("No seats selected.", second.text("selected-count"));
        });
    }

    public void holdBookAndCancelShowOnBothMaps() throws Exception {
        ShowFixture show = TestData.show("Browser flow", 2, 8);
        List<Long> seats = show.seatIds().subList(3, 6);
        User buyer = TestData.user("buyer");
        User watcher = TestData.user("watcher");
        Browser mine = new Browser(api.base(), "buyer");
        Browser theirs = new Browser(api.base(), "watcher");
        Browser.recording("full-flow", List.of(mine, theirs), () -> {
            mine.logIn(buyer, null);
            theirs.logIn(watcher, null);
            mine.openSeatMap(show.showId());
            theirs.openSeatMap(show.showId());

            seats.forEach(id -> mine.seat(id).click());
            assertTrue(mine.text("selected-count").startsWith("Selected 3 seat(s)"), mine.text("selected-count"));
            mine.click("actions:hold");
            mine.awaitAjaxIdle();
            seats.forEach(id -> mine.awaitSeatState(id, "m", Duration.ofSeconds(5)));
            String countdown = mine.await(d -> {
                String text = mine.text("countdown");
                return text.matches("[45]:\\d\\d") ? text : null;
            }, Duration.ofSeconds(5));
            assertTrue(countdown.matches("[45]:\\d\\d"), countdown);
            seats.forEach(id -> theirs.awaitSeatState(id, "h", LIVE));

            mine.click("actions:book");
            mine.awaitAjaxIdle();
            String reference = mine.await(d -> mine.exists("booking-reference") ? mine.text("booking-reference") : null,
                    Duration.ofSeconds(5));
            assertTrue(reference.matches("[34679ACDEFGHJKMNPQRTUVWXY]{8}"), reference);
            seats.forEach(id -> mine.awaitSeatState(id, "b", Duration.ofSeconds(5)));
            seats.forEach(id -> theirs.awaitSeatState(id, "b", LIVE));

            mine.open("bookings.xhtml");
            assertTrue(mine.driver().findElement(By.id("bookings:list")).getText().contains(reference));
            mine.click("bookings:list:0:cancel");
            mine.await(d -> d.findElement(By.id("bookings:confirm-yes")).isDisplayed(), Duration.ofSeconds(5));
            mine.click("bookings:confirm-yes");
            mine.awaitAjaxIdle();
            mine.await(d -> d.findElement(By.id("bookings:list")).getText().contains("cancelled"), Duration.ofSeconds(5));
            seats.forEach(id -> theirs.awaitSeatState(id, "a", LIVE));
            mine.openSeatMap(show.showId());
            seats.forEach(id -> assertEquals("a", mine.seatState(id)));
        });
    }

    public void expiredHoldFlipsBackToAvailableOnOpenMaps() throws Exception {
        ShowFixture show = TestData.show("Browser expiry", 1, 6);
        long early = show.seatIds().get(1);
        long late = show.seatIds().get(4);
        User holder = TestData.user("holder");
        Browser viewer = new Browser(api.base(), "viewer");
        Browser.recording("expiry", List.of(viewer), () -> {
            long earlyHold = hold(holder, show.showId(), early);
            TestData.update("UPDATE hold SET expires_at = now() + interval '3 seconds' WHERE id = ?", earlyHold);
            Instant expiresAt = Instant.parse(api.get("api/holds/" + earlyHold, holder).json().getString("expires_at"));
            viewer.openSeatMap(show.showId());
            assertEquals("h", viewer.seatState(early));
            viewer.awaitSeatState(early, "a", Duration.ofSeconds(10));
            Instant flipped = Instant.now();
            assertTrue(!flipped.isBefore(expiresAt.minusMillis(50)), "not before the expiry: " + flipped);
            assertTrue(flipped.isBefore(expiresAt.plusSeconds(1)), "within a second of the expiry: " + flipped);

            User second = TestData.user("holder2");
            long lateHold = hold(second, show.showId(), late);
            viewer.awaitSeatState(late, "h", LIVE);
            TestData.update("UPDATE hold SET expires_at = now() + interval '1 second' WHERE id = ?", lateHold);
            viewer.awaitSeatState(late, "a", Duration.ofSeconds(10));
        });
    }

    public void bookingAnExpiredHoldSaysSoAndRefreshesTheMap() throws Exception {
        ShowFixture show = TestData.show("Browser too late", 1, 5);
        long seat = show.seatIds().get(2);
        User user = TestData.user("late-browser");
        Browser browser = new Browser(api.base(), "late");
        Browser.recording("expired-booking", List.of(browser), () -> {
            browser.logIn(user, null);
            browser.openSeatMap(show.showId());
            browser.seat(seat).click();
            browser.click("actions:hold");
            browser.awaitAjaxIdle();
            browser.awaitSeatState(seat, "m", Duration.ofSeconds(5));
            TestData.update("UPDATE hold SET created_at = now() - interval '10 minutes', expires_at = now() - interval '1 second'"
                    + " WHERE account_id = (SELECT id FROM account WHERE username = ?)", user.name());
            browser.click("actions:book");
            browser.awaitAjaxIdle();
            browser.await(d -> d.findElement(By.id("messages")).getText().contains("Hold expired"), Duration.ofSeconds(5));
            browser.awaitSeatState(seat, "a", Duration.ofSeconds(5));
            assertTrue(!browser.exists("booking-reference"), "nothing was booked");
        });
    }

    /** A change made through one instance reaches a map served by another, via NOTIFY. */
    public void changeOnOneInstanceReachesMapOnAnother() throws Exception {
        ShowFixture show = TestData.show("Two instances", 1, 6);
        long seat = show.seatIds().get(2);
        User user = TestData.user("elsewhere");
        Browser viewer = new Browser(SecondInstance.api().base(), "other-instance");
        Browser.recording("two-instances", List.of(viewer), () -> {
            viewer.openSeatMap(show.showId());
            long holdId = hold(user, show.showId(), seat);
            viewer.awaitSeatState(seat, "h", LIVE);
            assertEquals(204, api.delete("api/holds/" + holdId, user).status());
            viewer.awaitSeatState(seat, "a", LIVE);
            long again = hold(user, show.showId(), seat);
            var booked = api.post("api/bookings", Json.createObjectBuilder().add("hold_id", again).build().toString(), user);
            assertEquals(201, booked.status(), booked.toString());
            viewer.awaitSeatState(seat, "b", LIVE);
        });
    }

    private long hold(User user, long showId, long seatId) {
        var reply = api.post("api/shows/" + showId + "/holds",
                Json.createObjectBuilder().add("seat_ids", Json.createArrayBuilder().add(seatId)).build().toString(), user);
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getJsonNumber("id").longValue();
    }

    long showIdOf(String title) {
        return api.get("api/shows", null).array().stream().map(JsonValue::asJsonObject)
                .filter(show -> show.getString("title").equals(title))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }
}
