package dev.boxoffice.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boxoffice.testsupport.Api;
import dev.boxoffice.testsupport.Browser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Time from navigation start until the seat map is drawn and interactive, for the 2,000-seat
 * and 10,000-seat demo shows, in headless Chromium. A measurement, reported in
 * target/seatmap-load.txt; the assertions are only generous ceilings (budgets are 1 s and 3 s).
 */
public class SeatMapLoadBenchmark {

    private static final int RUNS = 5;
    private final Api api;

    public SeatMapLoadBenchmark(Api api) {
        this.api = api;
    }

    public void largeMapsLoadWithinBudget() throws Exception {
        SeatMapScenarios shows = new SeatMapScenarios(api);
        long grand = shows.showIdOf("Gala Concert");
        long arena = shows.showIdOf("Stadium Tour");
        Browser browser = new Browser(api.base(), "benchmark");
        Browser.recording("load-benchmark", List.of(browser), () -> {
            double twoThousand = medianLoadMillis(browser, grand, 2_000);
            double tenThousand = medianLoadMillis(browser, arena, 10_000);
            String report = String.format(Locale.ROOT,
                    "seat map interactive (median of %d, headless Chromium): 2,000 seats %.0f ms (budget 1000), "
                            + "10,000 seats %.0f ms (budget 3000)%n", RUNS, twoThousand, tenThousand);
            System.out.print(report);
            Files.writeString(Path.of("target", "seatmap-load.txt"), report,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            assertTrue(twoThousand < 5_000, report);
            assertTrue(tenThousand < 15_000, report);
        });
    }

    private static double medianLoadMillis(Browser browser, long showId, int expectedSeats) throws IOException {
        browser.openSeatMap(showId);
        long drawn = (Long) browser.script("return document.querySelectorAll('#seat-map button.seat').length;");
        assertTrue(drawn == expectedSeats, "drawn " + drawn + " seats");
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            browser.openSeatMap(showId);
            times.add(((Number) browser.script("return BoxOffice.mapReadyAt;")).doubleValue());
        }
        Collections.sort(times);
        return times.get(RUNS / 2);
    }
}
