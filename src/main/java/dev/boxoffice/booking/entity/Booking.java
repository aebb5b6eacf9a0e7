package dev.boxoffice.booking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** Seats sold to a user for one show, known to the user by its reference. */
@Entity
public class Booking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    @Column(name = "account_id")
    private Long accountId;
    @Column(name = "show_id")
    private Long showId;
    @Column(name = "hold_id")
    private Long holdId;
    @Enumerated(EnumType.STRING)
    private BookingStatus status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "total_cents")
    private long totalCents;

    protected Booking() {
    }

    public Booking(BookingReference reference, long accountId, long showId, long holdId, Instant now) {
        this.reference = reference.value();
        this.accountId = accountId;
        this.showId = showId;
        this.holdId = holdId;
        this.status = BookingStatus.CONFIRMED;
        this.createdAt = now;
    }

    public boolean isOwnedBy(long account) {
        return accountId == account;
    }

    public boolean isConfirmed() {
        return status == BookingStatus.CONFIRMED;
    }

    /** The sum of the seat prices, fixed when the booking is made. */
    public void priced(long totalCents) {
        this.totalCents = totalCents;
    }

    public long totalCents() {
        return totalCents;
    }

    public void cancel(Instant now) {
        status = BookingStatus.CANCELLED;
        cancelledAt = now;
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public long accountId() {
        return accountId;
    }

    public long showId() {
        return showId;
    }

    public BookingStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }
}
