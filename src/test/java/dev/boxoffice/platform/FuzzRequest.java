package dev.boxoffice.platform;

import dev.boxoffice.platform.FuzzTargets.Audience;
import dev.boxoffice.platform.FuzzTargets.Field;
import dev.boxoffice.platform.FuzzTargets.Fixture;
import dev.boxoffice.platform.FuzzTargets.Target;
import dev.boxoffice.testsupport.User;
import jakarta.json.Json;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One bad request for a target: a broken body, odd path parameters, bad headers or a caller
 * who may not. Grizzly itself answers some requests with an empty 400 before the application
 * sees them (known, accepted), so none are sent: a NUL byte in the path, raw or as %00; a
 * percent-encoding that is not UTF-8 (%C3%28); non-ASCII bytes in a header; and, seen over
 * HTTP/1.1, a body on GET or DELETE.
 */
record FuzzRequest(String method, String path, List<Map.Entry<String, String>> headers, byte[] body, String bodyText) {

    /** Ids and names no row has, or that are no number at all. Never "+1" or "%31": those are show 1. */
    private static final List<String> BOGUS_IDS = List.of("987654321", "9223372036854775807", "0", "-1", "abc",
            "9223372036854775808", "-9223372036854775809", "1.5", "1e3", "0x1F", "%20", "%F0%9F%98%80",
            "9".repeat(2_000), "x".repeat(2_000), "null", "+987654321", "%7B%7D", "a%2Fb");
    private static final List<String> BOGUS_NAMES = List.of("nobody-fuzz", "x".repeat(2_000), "a%2Fb", "%20", "nobody%20fuzz", "-1", "%F0%9F%98%80");
    private static final List<String> OTHER_METHODS = List.of("PUT", "PATCH", "DELETE", "POST", "GET");
    private static final String MARKER = "\uE000";

    /** The callers the fuzzer acts as: a user of its own and the demo administrator. */
    record Callers(User user, User admin) {
    }

    static FuzzRequest next(Target target, Fixture fixture, Callers callers, Random random) {
        String method = target.method();
        boolean otherMethod = random.nextInt(20) == 0;
        if (otherMethod) {
            method = FuzzValues.pick(OTHER_METHODS.stream().filter(m -> !m.equals(target.method())).toList(), random);
        }
        boolean realIdsAreSafe = !otherMethod && !target.streams() && (target.hasBody() || !target.changesState());
        String path = "api/" + path(target.path(), fixture, realIdsAreSafe, random);
        String bodyText = target.hasBody() && !method.equals("GET") && !method.equals("DELETE")
                ? brokenBody(target, random) : null;
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        User caller = caller(target.audience(), callers, random);
        if (caller != null) {
            headers.add(Map.entry("Authorization", caller.basicAuth()));
        }
        if (bodyText != null) {
            headers.add(Map.entry("Content-Type", "application/json"));
        }
        if (random.nextInt(3) == 0) {
            FuzzHeaders.mutate(headers, random);
        }
        return new FuzzRequest(method, path, headers, bodyText == null ? null : bytes(bodyText), bodyText);
    }

    private static String path(String template, Fixture fixture, boolean realIdsAreSafe, Random random) {
        String path = template;
        for (var real : Map.of("{show}", String.valueOf(fixture.showId()), "{venue}", String.valueOf(fixture.venueId()),
                "{hall}", String.valueOf(fixture.hallId())).entrySet()) {
            path = path.replace(real.getKey(), realIdsAreSafe && random.nextBoolean() ? real.getValue() : bogus(random));
        }
        // another user's seat, hold and booking: real ids the caller must not reach
        for (var foreign : Map.of("{seat}", String.valueOf(fixture.seatId()), "{hold}", String.valueOf(fixture.holdId()),
                "{reference}", fixture.reference()).entrySet()) {
            path = path.replace(foreign.getKey(), random.nextBoolean() ? foreign.getValue() : bogus(random));
        }
        return path.replace("{username}", FuzzValues.pick(BOGUS_NAMES, random));
    }

    private static String bogus(Random random) {
        return FuzzValues.pick(BOGUS_IDS, random);
    }

    private static User caller(Audience audience, Callers callers, Random random) {
        int roll = random.nextInt(20);
        if (roll < 3) {
            return null;
        }
        if (audience == Audience.ADMIN) {
            return roll < 6 ? callers.user() : callers.admin();
        }
        return roll < 7 ? callers.admin() : callers.user();
    }

    /** The template with one thing wrong: a broken field, a missing one, another shape, or no JSON at all. */
    private static String brokenBody(Target target, Random random) {
        String template = target.template().toString();
        int roll = random.nextInt(100);
        Field field = FuzzValues.pick(target.fields(), random);
        if (roll < 55) {
            String marked = Json.createObjectBuilder(target.template()).add(field.name(), MARKER).build().toString();
            return marked.replace("\"" + MARKER + "\"", FuzzValues.breaking(field.kind(), field.required(), random));
        }
        if (roll < 63) {
            List<Field> required = target.fields().stream().filter(Field::required).toList();
            return Json.createObjectBuilder(target.template()).remove(FuzzValues.pick(required, random).name())
                    .build().toString();
        }
        if (roll < 73) {
            // a repeated key: whichever copy the parser keeps, one is broken
            return template.substring(0, template.length() - 1) + ",\"" + field.name() + "\":"
                    + FuzzValues.breaking(field.kind(), field.required(), random) + "}";
        }
        if (roll < 85) {
            return FuzzValues.randomJson(random, 3);
        }
        return switch (random.nextInt(8)) {
            case 0 -> template.substring(0, random.nextInt(template.length()));
            case 1 -> template + "garbage";
            case 2 -> FuzzValues.INVALID_UTF8 + template;
            case 3 -> "";
            case 4 -> "null";
            case 5 -> "[" + template + "]";
            case 6 -> template.replace(":", "=");
            default -> FuzzValues.DEEP_ARRAY;
        };
    }

    /** UTF-8, except that the invalid-UTF-8 marker becomes bytes no UTF-8 decoder accepts. */
    private static byte[] bytes(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] parts = text.split(FuzzValues.INVALID_UTF8, -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.write(0xC3);
                out.write(0x28);
                out.write(0xFF);
            }
            out.writeBytes(parts[i].getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** Method, path, headers other than the caller's own credentials, and the start of the body. */
    String describe() {
        String shownPath = path.length() > 160 ? path.substring(0, 160) + "...(" + path.length() + " chars)" : path;
        List<String> shownHeaders = headers.stream().map(h -> h.getKey() + ": "
                + (h.getValue().length() > 60 ? h.getValue().substring(0, 60) + "..." : h.getValue())).toList();
        String shownBody = bodyText == null ? "(none)" : bodyText.length() > 200
                ? bodyText.substring(0, 200) + "...(" + bodyText.length() + " chars)" : bodyText;
        return method + " /" + shownPath + " " + shownHeaders + " body " + shownBody.replace(FuzzValues.INVALID_UTF8, "<C3 28 FF>");
    }
}
