package dev.boxoffice.show.entity;

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
 * The row says which hold or booking owns the seat; the database checks the combination.
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

    public boolean isHeldBy(long hold) {
        return status == SeatStatus.HELD && holdId != null && holdId == hold;
    }

    public void hold(long hold) {
        status = SeatStatus.HELD;
        holdId = hold;
        bookingId = null;
    }

    public void book(long booking) {
        status = SeatStatus.BOOKED;
        holdId = null;
        bookingId = booking;
    }

    public void release() {
        status = SeatStatus.AVAILABLE;
        holdId = null;
        bookingId = null;
    }
}
