package dev.boxoffice.web;

import static dev.boxoffice.testsupport.User.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boxoffice.testsupport.Api;
import dev.boxoffice.testsupport.Browser;
import dev.boxoffice.testsupport.TestData;
import dev.boxoffice.testsupport.User;
import jakarta.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The administration pages in headless Chromium. */
public class AdminPagesScenarios {

    private final Api api;

    public AdminPagesScenarios(Api api) {
        this.api = api;
    }

    public void layoutEditorPreviewsAndSavesALayout() throws Exception {
        long venue = api.post("api/admin/venues", Json.createObjectBuilder().add("name", "Editor " + UUID.randomUUID())
                .build().toString(), ADMIN).json().getJsonNumber("id").longValue();
        long hall = api.post("api/admin/venues/" + venue + "/halls", "{\"name\": \"Editable\"}", ADMIN).json()
                .getJsonNumber("id").longValue();
        Browser admin = new Browser(api.base(), "layout-editor");
        Browser.recording("layout-editor", List.of(admin), () -> {
            admin.logIn(ADMIN, null);
            admin.open("admin/layout.xhtml?hall=" + hall);
            type(admin, "layout:rows_input", "4");
            type(admin, "layout:seats_input", "10");
            type(admin, "layout:aisles", "5");
            type(admin, "layout:gaps", "A1 A10");
            type(admin, "layout:categories", "D: PREMIUM\nC 1: WHEELCHAIR\nC 2: COMPANION");
            admin.click("layout:preview");
            admin.awaitAjaxIdle();
            admin.await(d -> "38".equals(d.findElement(By.id("layout-grid")).getDomAttribute("data-seats")), Duration.ofSeconds(5));
            assertEquals(0, api.get("api/admin/halls/" + hall + "/layout", ADMIN).json().getInt("seat_count"),
                    "preview saves nothing");
            assertEquals(10, admin.driver().findElements(By.cssSelector("#layout-grid .c-premium")).size(), "row D premium");
            assertEquals(1, admin.driver().findElements(By.cssSelector("#layout-grid .c-wheelchair")).size());

            admin.click("layout:save");
            admin.awaitAjaxIdle();
            admin.await(d -> d.findElement(By.id("messages")).getText().contains("Layout saved"), Duration.ofSeconds(5));
            var layout = api.get("api/admin/halls/" + hall + "/layout", ADMIN).json();
            assertEquals(38, layout.getInt("seat_count"));
            assertEquals(2, layout.getInt("layout_version"));
        });
    }

    public void dashboardRendersItsChartAndHeatMap() throws Exception {
        var show = TestData.show("Dashboard page", 2, 6);
        User buyer = TestData.user("charted");
        var held = api.post("api/shows/" + show.showId() + "/holds", "{\"seat_ids\": [" + show.seatIds().get(2) + "]}", buyer);
        assertEquals(201, api.post("api/bookings", "{\"hold_id\": " + held.json().getJsonNumber("id") + "}", buyer).status());
        Browser admin = new Browser(api.base(), "dashboard");
        Browser.recording("dashboard", List.of(admin), () -> {
            admin.logIn(ADMIN, null);
            admin.open("admin/dashboard.xhtml?show=" + show.showId());
            assertEquals("1", admin.text("kpi-sold"));
            assertEquals("11", admin.text("kpi-free"));
            Object bars = admin.await(d -> admin.script(
                    "var c = document.querySelector('canvas'); var chart = c && window.Chart && Chart.getChart(c);"
                            + " return chart ? chart.data.datasets[0].data.reduce(function (a, b) { return a + b; }, 0) : null;"),
                    Duration.ofSeconds(10));
            assertEquals(1L, ((Number) bars).longValue(), "the chart shows the one seat sold");
            assertEquals("12", admin.driver().findElement(By.id("heat-map")).getDomAttribute("data-seats"));
            assertEquals(1, admin.driver().findElements(By.cssSelector("#heat-map .s-b")).size());
            admin.driver().findElement(By.cssSelector("#heat-map [data-key='" + show.seatIds().get(2) + "']")).click();
            admin.awaitAjaxIdle();
            admin.await(d -> d.findElement(By.id("history:entries")).getText().contains("HELD → BOOKED"), Duration.ofSeconds(5));
        });
    }

    public void userGetsForbiddenOnAdminPages() throws Exception {
        User user = TestData.user("curious");
        Browser browser = new Browser(api.base(), "not-admin");
        Browser.recording("admin-forbidden", List.of(browser), () -> {
            browser.logIn(user, null);
            for (String page : List.of("admin/venues.xhtml", "admin/shows.xhtml", "admin/accounts.xhtml", "admin/layout.xhtml?hall=1",
                    "admin/dashboard.xhtml?show=1", "admin/export?show=1")) {
                browser.open(page);
                assertTrue(browser.driver().getTitle().contains("Forbidden"), page + ": " + browser.driver().getTitle());
            }
        });
        var anonymous = api.send(api.request("admin/venues.xhtml", null));
        assertEquals(302, anonymous.status(), "anonymous visitors are sent to the login page");
        assertTrue(anonymous.header("Location").contains("login.xhtml"), anonymous.header("Location"));
        // the backing beans do not check again: the ajax posts and the export must meet the same filter
        var post = api.send(api.request("admin/accounts.xhtml", null).header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true")));
        assertEquals(302, post.status(), "an anonymous ajax post is refused: " + post);
        assertEquals(302, api.send(api.request("admin/export?show=1", null)).status(), "the export too");
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }
}
