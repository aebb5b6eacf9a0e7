package dev.boxoffice.booking.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.boxoffice.platform.InvalidRequest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeatSelectionTest {

    @Test
    void emptyTooLargeDuplicateAndNullSelectionsAreInvalid() {
        assertEquals("empty-seat-selection", slug(List.of()));
        assertEquals("too-many-seats", slug(List.of(1L, 2L, 3L, 4L)));
        assertEquals("duplicate-seats", slug(List.of(1L, 1L)));
        assertEquals("invalid-seat-id", slug(Arrays.asList(1L, null)));
    }

    @Test
    void distinctSelectionWithinTheLimitIsFine() {
        assertDoesNotThrow(() -> SeatSelection.check(List.of(3L, 1L, 2L), 3));
    }

    private static String slug(List<Long> seatIds) {
        return assertThrows(InvalidRequest.class, () -> SeatSelection.check(seatIds, 3)).slug();
    }
}
