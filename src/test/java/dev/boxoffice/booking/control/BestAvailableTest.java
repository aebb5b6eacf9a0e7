package dev.boxoffice.booking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boxoffice.booking.control.BestAvailable.Candidate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Halls are drawn as one string per row: F free, P free premium, X taken, '.' no seat (aisle or gap). */
class BestAvailableTest {

    private static final String FREE_ROW = "F".repeat(20);

    @Test
    void emptyHallGetsCentredSeatsInTheFrontRowOfThePreferredBand() {
        List<Candidate> hall = hall(rows(10, FREE_ROW));

        // rows 0..9: the band is 2.7..5.4, so rows 3-5 tie and the front one wins; columns 0..19 centre on 9.5
        assertEquals(ids(3, 9, 10), BestAvailable.choose(hall, 2, null));
        assertEquals(ids(3, 8, 9, 10, 11), BestAvailable.choose(hall, 4, null));
    }

    @Test
    void groupNeverSpansAnAisle() {
        List<Candidate> hall = hall("FFFF.FFFF");

        // seats 2,3,5,6 would be the centred four if the aisle at column 4 were ignored
        assertEquals(ids(0, 0, 1, 2, 3), BestAvailable.choose(hall, 4, null));
        assertEquals(List.of(), BestAvailable.choose(hall, 5, null));
    }

    @Test
    void takenSeatsAreSkippedInFavourOfTheNextBestRow() {
        String[] rows = rows(10, FREE_ROW);
        rows[3] = "FFFFFFFFXXXXFFFFFFFF";

        assertEquals(ids(4, 9, 10), BestAvailable.choose(hall(rows), 2, null));
    }

    @Test
    void categoryFilterIsRespectedCaseInsensitively() {
        String[] rows = rows(10, FREE_ROW);
        for (int r = 7; r < 10; r++) {
            rows[r] = "P".repeat(20);
        }
        List<Candidate> hall = hall(rows);

        assertEquals(ids(7, 9, 10), BestAvailable.choose(hall, 2, "PREMIUM"));
        assertEquals(ids(7, 9, 10), BestAvailable.choose(hall, 2, "premium"));
        assertEquals(ids(3, 9, 10), BestAvailable.choose(hall, 2, null));
        assertEquals(List.of(), BestAvailable.choose(hall, 2, "Box"));
    }

    @Test
    void avoidsStrandingASingleFreeSeatNextToATakenSeat() {
        // the centred pairs (2,3) and (3,4) would each strand seat 1 or seat 5 against a taken seat
        assertEquals(ids(0, 1, 2), BestAvailable.choose(hall("XFFFFFX"), 2, null));
    }

    @Test
    void prefersAnOrphanFreeGroupInAWorseRowOverAnOrphanInTheBand() {
        String[] rows = rows(10, "XXXX");
        rows[3] = "FFFX"; // either pair strands one seat
        rows[9] = "FFFF";

        assertEquals(ids(9, 0, 1), BestAvailable.choose(hall(rows), 2, null));
    }

    @Test
    void fallsBackToTheBestOrphanCreatingGroupWhenNoOtherExists() {
        String[] rows = rows(10, "XXXX");
        rows[3] = "FFFX";

        assertEquals(ids(3, 1, 2), BestAvailable.choose(hall(rows), 2, null));
    }

    @Test
    void returnsEmptyWhenNoGroupOfThatSizeExists() {
        assertEquals(List.of(), BestAvailable.choose(hall("FFXFF", "FXFFX", "FF.FF"), 3, null));
        assertEquals(List.of(), BestAvailable.choose(hall("FFFF"), 5, null));
        assertEquals(List.of(), BestAvailable.choose(List.of(), 1, null));
    }

    @Test
    void tiesGoToTheLowerRowThenTheLowerColumnWhateverTheInputOrder() {
        // rows 3-5 are all in the band, and in each the pairs (2,3) and (5,6) mirror each other
        List<Candidate> hall = new ArrayList<>(hall(rows(10, "FFFFXFFFF")));
        Random random = new Random(42);

        for (int i = 0; i < 20; i++) {
            Collections.shuffle(hall, random);
            assertEquals(ids(3, 2, 3), BestAvailable.choose(hall, 2, null));
        }
    }

    @Test
    void handlesAHundredByHundredHallWellUnderASecond() {
        Random random = new Random(7);
        String[] rows = IntStream.range(0, 100)
                .mapToObj(r -> IntStream.range(0, 100).mapToObj(c -> random.nextInt(10) < 4 ? "X" : "F")
                        .collect(Collectors.joining()))
                .toArray(String[]::new);
        List<Candidate> hall = hall(rows);
        Set<Long> free = hall.stream().filter(Candidate::free).map(Candidate::seatId).collect(Collectors.toSet());

        List<Long> chosen = assertTimeout(Duration.ofSeconds(2), () -> BestAvailable.choose(hall, 4, null));

        assertEquals(4, chosen.size());
        assertTrue(free.containsAll(chosen));
    }

    @Test
    void countBelowOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> BestAvailable.choose(hall("FF"), 0, null));
        assertThrows(IllegalArgumentException.class, () -> BestAvailable.choose(hall("FF"), -1, null));
    }

    private static String[] rows(int count, String row) {
        String[] rows = new String[count];
        Arrays.fill(rows, row);
        return rows;
    }

    private static List<Candidate> hall(String... rows) {
        List<Candidate> seats = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length(); c++) {
                char cell = rows[r].charAt(c);
                if (cell != '.') {
                    seats.add(new Candidate(id(r, c), r, c, cell == 'P' ? "Premium" : "Standard", cell != 'X'));
                }
            }
        }
        return seats;
    }

    private static List<Long> ids(int row, int... cols) {
        return IntStream.of(cols).mapToObj(c -> id(row, c)).toList();
    }

    private static long id(int row, int col) {
        return row * 1000L + col;
    }
}
