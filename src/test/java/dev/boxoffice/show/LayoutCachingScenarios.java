package dev.boxoffice.show;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boxoffice.testsupport.Api;
import dev.boxoffice.testsupport.Reply;
import dev.boxoffice.testsupport.TestData;
import dev.boxoffice.testsupport.TestData.ShowFixture;
import dev.boxoffice.testsupport.User;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * The layout document over HTTP: gzip on request, an entity tag that answers 304 while nothing
 * changed and a new document as soon as a seat changes, and a caller's own hold never served to
 * anybody else from the reused document.
 */
public class LayoutCachingScenarios {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Api api;

    public LayoutCachingScenarios(Api api) {
        this.api = api;
    }

    public void layoutIsGzippedTaggedAndFreshAfterEveryChange() throws Exception {
        ShowFixture show = TestData.show("Layout caching", 2, 5);
        String path = "api/hall-layout/" + show.showId() + "/";
        Reply plain = api.get(path, null);
        String etag = plain.header("ETag");
        assertTrue(etag != null && etag.startsWith("\""), "strong entity tag: " + etag);

        HttpResponse<byte[]> zipped = HTTP.send(api.request(path, null).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals(plain.body(), gunzip(zipped.body()), "the gzip form is the same document");

        assertEquals(304, api.send(api.request(path, null).header("If-None-Match", etag)).status(), "unchanged: 304");

        User holder = TestData.user("cache");
        long seat = show.seatIds().get(3);
        Reply held = api.post("api/shows/" + show.showId() + "/holds", "{\"seat_ids\": [" + seat + "]}", holder);
        assertEquals(201, held.status(), held.toString());

        Reply afterHold = api.send(api.request(path, null).header("If-None-Match", etag));
        assertEquals(200, afterHold.status(), "a held seat changes the document at once");
        assertNotEquals(etag, afterHold.header("ETag"));
        JsonObject seenByOthers = seat(afterHold, seat);
        assertEquals("held", seenByOthers.getString("status"));
        assertEquals(false, seenByOthers.getBoolean("mine"));
        assertTrue(seenByOthers.isNull("locked_by"), "the holder is not revealed");

        JsonObject seenByHolder = seat(api.get(path, holder), seat);
        assertEquals(true, seenByHolder.getBoolean("mine"), "the holder's own document");
        assertEquals(false, seat(api.get(path, null), seat).getBoolean("mine"), "and nobody else gets it");

        assertEquals(204, api.delete("api/holds/" + held.json().getJsonNumber("id"), holder).status());
        Reply afterRelease = api.get(path, null);
        assertEquals("available", seat(afterRelease, seat).getString("status"));
        assertEquals(plain.body(), afterRelease.body(), "back to the first document");
        assertEquals(etag, afterRelease.header("ETag"));
    }

    /**
     * Anonymous and logged-in readers get the same document and headers (the reader holds
     * nothing); gzip carries its length; only JSON is on offer; unknown shows and paths that
     * are not numbers get a 404 problem.
     */
    public void layoutIsServedAsJsonOnlyWithProblemsForUnknownShows() throws Exception {
        ShowFixture show = TestData.show("Layout over HTTP", 2, 4);
        User reader = TestData.user("reader");
        for (String path : new String[] {"api/hall-layout/" + show.showId() + "/", "api/shows/" + show.showId() + "/seats"}) {
            Reply anonymous = api.get(path, null);
            Reply loggedIn = api.get(path, reader);
            assertEquals(200, anonymous.status(), anonymous.toString());
            assertEquals(loggedIn.body(), anonymous.body(), path);
            for (String header : new String[] {"ETag", "Content-Type", "Cache-Control", "Vary"}) {
                assertEquals(loggedIn.header(header), anonymous.header(header), path + " " + header);
            }
            HttpResponse<byte[]> zipped = HTTP.send(api.request(path, null).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(anonymous.body(), gunzip(zipped.body()), path + " gzip");
            assertEquals(String.valueOf(zipped.body().length), zipped.headers().firstValue("Content-Length").orElse(""));

            Reply html = api.send(api.request(path, null).header("Accept", "text/html"));
            assertEquals(406, html.status(), "only JSON is on offer: " + html);
            assertEquals("application/problem+json", html.header("Content-Type"));
        }
        Reply unknown = api.get("api/hall-layout/" + (show.showId() + 1_000_000) + "/", null);
        assertEquals(404, unknown.status());
        assertEquals("application/problem+json", unknown.header("Content-Type"));
        Reply notANumber = api.get("api/shows/x1/seats", null);
        assertEquals(404, notANumber.status());
        assertEquals("application/problem+json", notANumber.header("Content-Type"));
    }

    private static JsonObject seat(Reply layout, long seatId) {
        return Json.createReader(new StringReader(layout.body())).readObject().getJsonArray("seats").stream()
                .map(JsonObject.class::cast)
                .filter(s -> s.getJsonNumber("id").longValue() == seatId)
                .findFirst().orElseThrow();
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
