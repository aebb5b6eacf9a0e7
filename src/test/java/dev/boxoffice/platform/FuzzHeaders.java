package dev.boxoffice.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Bad, missing and contradicting headers. Credentials only ever name accounts that do not exist:
 * wrong passwords for real ones would lock them. Values stay ASCII (see {@link FuzzRequest}).
 */
final class FuzzHeaders {

    private static final String UNKNOWN_USER = basic("nobody-fuzz:whatever-password");

    private static final List<Consumer<List<Map.Entry<String, String>>>> MUTATIONS = List.of(
            h -> set(h, "Content-Type", "text/plain"),
            h -> set(h, "Content-Type", "application/json; charset=bogus-charset"),
            h -> set(h, "Content-Type", "application/json; charset=UTF-16"),
            h -> set(h, "Content-Type", "not a media type"),
            h -> set(h, "Content-Type", "application/xml"),
            h -> set(h, "Content-Type", "application/json;;;=="),
            h -> h.removeIf(e -> e.getKey().equals("Content-Type")),
            h -> {
                set(h, "Content-Type", "application/json");
                h.add(Map.entry("Content-Type", "text/plain"));
            },
            h -> h.add(Map.entry("Accept", "application/xml")),
            h -> h.add(Map.entry("Accept", "!!!garbage;;q=x")),
            h -> h.add(Map.entry("Accept", "text/html;q=abc")),
            h -> h.add(Map.entry("Accept", "application/json;q=0")),
            h -> h.add(Map.entry("Accept-Charset", "bogus-charset")),
            h -> set(h, "Authorization", "Basic !!!"),
            h -> set(h, "Authorization", "Bearer abc.def.ghi"),
            h -> set(h, "Authorization", basic("no-colon-at-all")),
            h -> set(h, "Authorization", basic(":empty-username")),
            h -> set(h, "Authorization", UNKNOWN_USER),
            h -> set(h, "Authorization", "Basic"),
            h -> set(h, "Authorization", "Basic " + "A".repeat(4_000)),
            h -> h.add(Map.entry("Authorization", UNKNOWN_USER)),
            h -> h.add(Map.entry("Idempotency-Key", "k".repeat(201))),
            h -> h.add(Map.entry("Idempotency-Key", "k".repeat(4_000))),
            h -> h.add(Map.entry("Idempotency-Key", "   ")),
            h -> h.add(Map.entry("Content-Encoding", "gzip")),
            h -> h.add(Map.entry("X-HTTP-Method-Override", "DELETE")),
            h -> h.add(Map.entry("If-Modified-Since", "not a date")),
            h -> h.add(Map.entry("Range", "bytes=garbage")),
            h -> h.add(Map.entry("Accept-Language", ";;;q=2")));

    private FuzzHeaders() {
    }

    static void mutate(List<Map.Entry<String, String>> headers, Random random) {
        FuzzValues.pick(MUTATIONS, random).accept(headers);
    }

    private static void set(List<Map.Entry<String, String>> headers, String name, String value) {
        headers.removeIf(e -> e.getKey().equalsIgnoreCase(name));
        headers.add(Map.entry(name, value));
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
