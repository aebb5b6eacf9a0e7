package dev.boxoffice.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Show times on pages, e.g. "Fri 27 Nov 2026, 20:00 UTC": #{when.format(instant)}. */
@Named("when")
@ApplicationScoped
public class DisplayTime {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
