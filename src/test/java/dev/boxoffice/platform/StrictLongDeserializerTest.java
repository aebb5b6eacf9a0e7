package dev.boxoffice.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.JsonbException;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictLongDeserializerTest {

    public record Request(Long holdId, List<Long> seatIds) {
    }

    @Test
    void wholeNumbersInRangeAreRead() {
        Request request = JsonConfig.jsonb().fromJson("{\"hold_id\": 42, \"seat_ids\": [1, 9007199254740993]}", Request.class);
        assertEquals(42L, request.holdId());
        assertEquals(List.of(1L, 9007199254740993L), request.seatIds());
    }

    @Test
    void fractionsHugeNumbersAndStringsAreRefused() {
        for (String json : List.of("{\"hold_id\": 1.5}", "{\"hold_id\": 1e400}", "{\"hold_id\": \"7\"}",
                "{\"seat_ids\": [99999999999999999999]}")) {
            assertThrows(JsonbException.class, () -> JsonConfig.jsonb().fromJson(json, Request.class), json);
        }
    }
}
