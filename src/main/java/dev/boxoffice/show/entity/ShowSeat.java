package dev.boxoffice.show.entity;

import java.time.Instant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One seat of one show: the inventory row and the lock target of every seat state change.
 * The row says which hold or booking owns the seat, and until when a hold has it; the database
 * checks the combination. Only {@code SeatInventory} changes these rows, in bulk statements.
 */
@Entity
@Table(name = "show_seat")
public class ShowSeat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "show_id")
    private Long showId;
    @Column(name = "seat_id")
    private Long seatId;
    @Enumerated(EnumType.STRING)
    private SeatStatus status;
    @Column(name = "hold_id")
    private Long holdId;
    @Column(name = "booking_id")
    private Long bookingId;
    /** The expiry of the hold that holds the seat: it is taken while HELD and before this (see seat_taken in SQL). */
    @Column(name = "held_until")
    private Instant heldUntil;
    @Version
    private long version;

    protected ShowSeat() {
    }

    public Long id() {
        return id;
    }

    public Long showId() {
        return showId;
    }

    public Long seatId() {
        return seatId;
    }

    public SeatStatus status() {
        return status;
    }

    public Long holdId() {
        return holdId;
    }

    public Long bookingId() {
        return bookingId;
    }
}
