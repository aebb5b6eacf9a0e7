package dev.boxoffice.booking.control;

import dev.boxoffice.booking.entity.SalesDashboard;
import dev.boxoffice.booking.entity.SalesDashboard.SalesPoint;
import dev.boxoffice.booking.entity.SeatHistoryEntry;
import dev.boxoffice.show.control.ShowCatalog;
import dev.boxoffice.show.entity.SeatState;
import dev.boxoffice.show.entity.ShowSummary;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.List;

/** What administrators read about a show's sales: dashboard, seat history, bookings export. */
@Stateless
public class SalesReports {

    @PersistenceContext
    EntityManager em;
    @Inject
    ShowCatalog catalog;

    public SalesDashboard dashboard(long showId, String currency) {
        ShowSummary show = catalog.require(showId);
        List<SeatState> seats = catalog.seatMapForAdmin(showId);
        long sold = seats.stream().filter(s -> SeatState.BOOKED.equals(s.status())).count();
        long held = seats.stream().filter(s -> SeatState.HELD.equals(s.status())).count();
        Number revenue = (Number) em.createNativeQuery(
                        "SELECT coalesce(sum(price_cents), 0) FROM booking_seat WHERE show_id = ?1 AND confirmed")
                .setParameter(1, showId).getSingleResult();
        List<?> rows = em.createNativeQuery("""
                        SELECT date_trunc('hour', b.created_at), count(*), coalesce(sum(bs.price_cents), 0)
                        FROM booking b JOIN booking_seat bs ON bs.booking_id = b.id
                        WHERE b.show_id = ?1 AND bs.confirmed
                        GROUP BY 1 ORDER BY 1
                        """).setParameter(1, showId).getResultList();
        List<SalesPoint> points = rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new SalesPoint(((Timestamp) r[0]).toInstant(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue());
        }).toList();
        return new SalesDashboard(showId, show.title(), seats.size(), sold, held, seats.size() - sold - held,
                revenue.longValue(), currency, points);
    }

    /** Every recorded state change of one seat of a show, oldest first. */
    public List<SeatHistoryEntry> seatHistory(long showId, long seatId) {
        catalog.require(showId);
        List<?> rows = em.createNativeQuery("""
                        SELECT a.changed_at, a.from_status, a.to_status, acc.username, a.hold_id, b.reference
                        FROM seat_audit a LEFT JOIN account acc ON acc.id = a.account_id
                        LEFT JOIN booking b ON b.id = a.booking_id
                        WHERE a.show_id = ?1 AND a.seat_id = ?2 ORDER BY a.id
                        """).setParameter(1, showId).setParameter(2, seatId).getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new SeatHistoryEntry(((Timestamp) r[0]).toInstant(), (String) r[1], (String) r[2], (String) r[3],
                    r[4] == null ? null : ((Number) r[4]).longValue(), (String) r[5]);
        }).toList();
    }

    /** The show's bookings as CSV rows (header first), for spreadsheets. */
    public List<List<String>> bookingsTable(long showId) {
        catalog.require(showId);
        List<?> rows = em.createNativeQuery("""
                        SELECT b.reference, a.username, b.status, b.created_at, b.cancelled_at,
                               string_agg(s.row_label || '-' || s.number, ' ' ORDER BY s.grid_row, s.grid_col),
                               count(*), b.total_cents
                        FROM booking b JOIN account a ON a.id = b.account_id
                        JOIN booking_seat bs ON bs.booking_id = b.id
                        JOIN show_seat ss ON ss.id = bs.show_seat_id JOIN seat s ON s.id = ss.seat_id
                        WHERE b.show_id = ?1
                        GROUP BY b.id, a.username ORDER BY b.created_at, b.id
                        """).setParameter(1, showId).getResultList();
        List<List<String>> table = new java.util.ArrayList<>();
        table.add(List.of("reference", "username", "status", "created_at", "cancelled_at", "seats", "seat_count", "total"));
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            table.add(List.of((String) r[0], (String) r[1], ((String) r[2]).toLowerCase(),
                    ((Timestamp) r[3]).toInstant().toString(), r[4] == null ? "" : ((Timestamp) r[4]).toInstant().toString(),
                    (String) r[5], String.valueOf(r[6]), java.math.BigDecimal.valueOf(((Number) r[7]).longValue(), 2).toPlainString()));
        }
        return table;
    }
}
