package dev.boxoffice.platform;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Bad JSON values, as raw JSON text: a value of this kind must never be accepted where a field
 * of the given kind is expected. Raw text rather than a JSON-P value, because the point is to
 * send what no JSON library would write (1e400, NaN, 20,000 levels of nesting, broken UTF-8).
 */
final class FuzzValues {

    /** What a field holds; each kind has its own list of values that break it. */
    enum Kind { ID, COUNT, TEXT, PASSWORD, INSTANT, FLAG, PRICES, ID_LIST, COUNT_LIST, TEXT_LIST, OBJECT_LIST }

    /** Stands for the bytes C3 28 FF (not UTF-8); {@link FuzzRequest#bytes} swaps them in. */
    static final String INVALID_UTF8 = "\uE001";
    static final String LONG_TEXT = "\"" + "x".repeat(100_000) + "\"";
    static final String HUGE_NUMBER_ARRAY = IntStream.range(0, 100_000).mapToObj(String::valueOf)
            .collect(Collectors.joining(",", "[", "]"));
    static final String HUGE_TEXT_ARRAY = IntStream.range(0, 100_000).mapToObj(i -> "\"A\"")
            .collect(Collectors.joining(",", "[", "]"));
    static final String HUGE_OBJECT_ARRAY = IntStream.range(0, 100_000).mapToObj(i -> "{}")
            .collect(Collectors.joining(",", "[", "]"));
    static final String DEEP_ARRAY = "[".repeat(20_000) + "]".repeat(20_000);
    static final String DEEP_OBJECT = "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000);

    private static final List<String> ANY_KIND = List.of(DEEP_ARRAY, DEEP_OBJECT, "NaN", "Infinity", "undefined",
            "'single'", "\"" + INVALID_UTF8 + "\"", "{\"a\":1,}", "01");
    /** Numbers no id or count may be: out of the long range, fractions, and ids no row has. */
    private static final List<String> BAD_NUMBERS = List.of("1e400", "-1e400", "9223372036854775808",
            "-9223372036854775809", "123456789012345678901234567890", "1.5", "1e-400", "-0.0", "2147483648",
            "-1", "987654321", "9223372036854775807");
    private static final List<String> NOT_A_NUMBER = List.of("\"1\"", "\"NaN\"", "\"Infinity\"", "true", "{}",
            "[]", "[1]", "\"\"", LONG_TEXT);
    private static final List<String> BAD_COUNTS = List.of("0", "-1", "201", "100000", "2147483648", "1e400", "1.5", "2.0e0",
            "-2147483649", "\"2\"", "\"two\"", "false", "{}", "[2]");
    private static final List<String> BAD_TEXTS = List.of("", "\"\"", "\"   \"", LONG_TEXT,
            "\"nul\\u0000@example.org\"", "\"" + INVALID_UTF8 + "\"", "1", "1.5", "true", "{}", "[]", "[\"x\"]");
    private static final List<String> BAD_PASSWORDS = List.of("\"\"", "\"short\"", "\"" + "p".repeat(201) + "\"",
            LONG_TEXT, "1234567890123", "true", "{}", "[\"a-long-password\"]");
    private static final List<String> BAD_INSTANTS = List.of("\"not a date\"", "\"2025-13-45T00:00:00Z\"",
            "\"+999999999-12-31T23:59:59Z\"", "\"-999999999-01-01T00:00:00Z\"", "\"2030-01-01\"",
            "\"2030-01-01T20:00:00\"", "1767225600", "1e400", "true", "{}", "[]", "\"\"", LONG_TEXT);
    private static final List<String> BAD_FLAGS = List.of("\"yes\"", "\"true\"", "1", "0", "{}", "[]", "\"\"");
    private static final List<String> BAD_PRICES = List.of("{}", "{\"STANDARD\": 1.5}", "{\"STANDARD\": -1}",
            "{\"STANDARD\": null}", "{\"STANDARD\": 1, \"BOGUS\": 1}", "{\"STANDARD\": \"12\"}",
            "{\"STANDARD\": 1e400}", "{\"STANDARD\": {}}", "[]", "\"x\"", "12");
    private static final List<String> BAD_ID_LISTS = List.of("[]", "[null]", "[1.5]", "[1e400]", "[\"1\"]",
            "[[1]]", "[{}]", "[987654321]", "[-1]", "[9223372036854775808]", HUGE_NUMBER_ARRAY, "\"1\"", "1", "{}");
    private static final List<String> BAD_COUNT_LISTS = List.of("[0]", "[-1]", "[null]", "[1.5]", "[1e400]",
            "[\"1\"]", "[2147483648]", "[[1]]", HUGE_NUMBER_ARRAY, "1", "\"1\"", "{}");
    private static final List<String> BAD_TEXT_LISTS = List.of("[null]", "[\"\"]", "[" + LONG_TEXT + "]", "[1]",
            "[[\"A\"]]", "[{}]", HUGE_TEXT_ARRAY, "\"A\"", "1", "{}");
    private static final List<String> BAD_OBJECT_LISTS = List.of("[null]", "[{}]", "[1]", "[\"x\"]", "[[]]",
            "[{\"row\": 1, \"position\": \"x\"}]", "[{\"rows\": \"A\", \"category\": 1}]",
            "[{\"row\": \"NOPE\", \"position\": 1e400}]", HUGE_OBJECT_ARRAY, "{}", "\"x\"");

    private FuzzValues() {
    }

    /** A value that breaks a field of this kind (null only where the field is required). */
    static String breaking(Kind kind, boolean required, Random random) {
        if (required && random.nextInt(12) == 0) {
            return "null";
        }
        if (random.nextInt(8) == 0) {
            return pick(ANY_KIND, random);
        }
        return switch (kind) {
            case ID -> pick(random.nextBoolean() ? BAD_NUMBERS : NOT_A_NUMBER, random);
            case COUNT -> pick(BAD_COUNTS, random);
            case TEXT -> pick(BAD_TEXTS, random);
            case PASSWORD -> pick(BAD_PASSWORDS, random);
            case INSTANT -> pick(BAD_INSTANTS, random);
            case FLAG -> pick(BAD_FLAGS, random);
            case PRICES -> pick(BAD_PRICES, random);
            case ID_LIST -> pick(BAD_ID_LISTS, random);
            case COUNT_LIST -> pick(BAD_COUNT_LISTS, random);
            case TEXT_LIST -> pick(BAD_TEXT_LISTS, random);
            case OBJECT_LIST -> pick(BAD_OBJECT_LISTS, random);
        };
    }

    /** Any JSON value, nested a few levels, with keys no request type has. */
    static String randomJson(Random random, int depth) {
        int choice = random.nextInt(depth <= 0 ? 5 : 7);
        return switch (choice) {
            case 0 -> "null";
            case 1 -> String.valueOf(random.nextBoolean());
            case 2 -> pick(BAD_NUMBERS, random);
            case 3 -> random.nextInt(5) == 0 ? LONG_TEXT : "\"" + randomWord(random) + "\"";
            case 4 -> random.nextInt(3) == 0 ? pick(ANY_KIND, random) : String.valueOf(random.nextInt());
            case 5 -> IntStream.range(0, random.nextInt(4)).mapToObj(i -> randomJson(random, depth - 1))
                    .collect(Collectors.joining(",", "[", "]"));
            default -> IntStream.range(0, random.nextInt(4))
                    .mapToObj(i -> "\"zz" + randomWord(random) + "\":" + randomJson(random, depth - 1))
                    .collect(Collectors.joining(",", "{", "}"));
        };
    }

    static String randomWord(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = random.nextInt(10); i >= 0; i--) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    static <T> T pick(List<T> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }
}
