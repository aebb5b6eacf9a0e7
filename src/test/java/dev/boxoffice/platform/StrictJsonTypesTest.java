package dev.boxoffice.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.JsonbException;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTypesTest {

    public record Request(String name, Integer count, List<String> labels, Boolean publish) {
    }

    @Test
    void stringsWholeNumbersAndFlagsAreRead() {
        Request request = JsonConfig.jsonb().fromJson("{\"name\": \"Hall 1\", \"count\": 3, \"labels\": [\"A\"], \"publish\": false}",
                Request.class);
        assertEquals(new Request("Hall 1", 3, List.of("A"), false), request);
    }

    @Test
    void otherTypesNulCharactersOutOfRangeCountsAndStringFlagsAreRefused() {
        for (String json : List.of("{\"name\": 1}", "{\"name\": true}", "{\"name\": {}}", "{\"name\": \"a\\u0000b\"}",
                "{\"labels\": [1]}", "{\"count\": \"2\"}", "{\"count\": 2.5}", "{\"count\": 2147483648}",
                "{\"publish\": \"true\"}", "{\"publish\": 1}", "{\"publish\": \"yes\"}")) {
            assertThrows(JsonbException.class, () -> JsonConfig.jsonb().fromJson(json, Request.class), json);
        }
    }
}
