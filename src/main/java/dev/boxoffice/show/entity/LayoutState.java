package dev.boxoffice.show.entity;

import java.time.Instant;
import java.util.List;

/** What changes about a show's layout between two reads: its header and the seats taken right now (by seat id). */
public record LayoutState(String title, String hallName, String venueName, Instant startsAt, List<TakenSeat> taken) {
}
