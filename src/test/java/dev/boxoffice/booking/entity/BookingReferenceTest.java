package dev.boxoffice.booking.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BookingReferenceTest {

    @Test
    void referencesAreEightCharactersWithoutLookAlikes() {
        for (int i = 0; i < 1_000; i++) {
            String value = BookingReference.random().value();
            assertEquals(8, value.length());
            assertTrue(value.chars().noneMatch(c -> "01OIL5S2Z8B".indexOf(c) >= 0), value);
        }
    }

    @Test
    void referencesRarelyRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(BookingReference.random().value());
        }
        assertTrue(seen.size() > 9_990, "collisions: " + (10_000 - seen.size()));
    }

    @Test
    void malformedReferencesAreRejected() {
        assertFalse(BookingReference.isWellFormed("ABC"));
        assertFalse(BookingReference.isWellFormed("0OIL1234"));
        assertFalse(BookingReference.isWellFormed(null));
        assertThrows(IllegalArgumentException.class, () -> new BookingReference("abcdefgh"));
    }
}
