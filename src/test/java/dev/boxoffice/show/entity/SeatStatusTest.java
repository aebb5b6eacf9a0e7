package dev.boxoffice.show.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeatStatusTest {

    @Test
    void publicStatusesAreTheStoredNamesInLowerCase() {
        assertEquals(List.of(SeatState.AVAILABLE, SeatState.HELD, SeatState.BOOKED),
                Arrays.stream(SeatStatus.values()).map(SeatStatus::publicName).toList());
    }
}
