package dev.boxoffice.booking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Duration;
import java.time.Instant;

/**
 * A user's temporary claim on seats of one show. The expiry is fixed at creation and never
 * moves; seats added later share it. seat_count is how many seats the hold should still own,
 * so a booking can tell that an expired hold lost seats to someone else.
 */
@Entity
public class Hold {

    /** Taken in blocks of 50 (one nextval each, see 004-hold-ids.sql): a new hold needs no round trip of its own for its id. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hold_ids")
    @SequenceGenerator(name = "hold_ids", sequenceName = "hold_id_seq", allocationSize = 50)
    private Long id;
    @Column(name = "account_id")
    private Long accountId;
    @Column(name = "show_id")
    private Long showId;
    @Enumerated(EnumType.STRING)
    private HoldStatus status;
    @Column(name = "seat_count")
    private int seatCount;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;

    protected Hold() {
    }

    public Hold(long accountId, long showId, Instant now, Duration ttl) {
        this.accountId = accountId;
        this.showId = showId;
        this.status = HoldStatus.ACTIVE;
        this.createdAt = now;
        this.expiresAt = now.plus(ttl);
    }

    /** An ACTIVE hold as read from its row (not managed: its changes are written by bulk statements). */
    public static Hold active(long id, long accountId, long showId, int seatCount, Instant createdAt, Instant expiresAt) {
        Hold hold = new Hold();
        hold.id = id;
        hold.accountId = accountId;
        hold.showId = showId;
        hold.status = HoldStatus.ACTIVE;
        hold.seatCount = seatCount;
        hold.createdAt = createdAt;
        hold.expiresAt = expiresAt;
        return hold;
    }

    public boolean isLiveAt(Instant now) {
        return status == HoldStatus.ACTIVE && now.isBefore(expiresAt);
    }

    /** The state a client sees: an ACTIVE hold past its expiry is already EXPIRED. */
    public HoldStatus stateAt(Instant now) {
        return status == HoldStatus.ACTIVE && !now.isBefore(expiresAt) ? HoldStatus.EXPIRED : status;
    }

    public boolean isOwnedBy(long account) {
        return accountId == account;
    }

    public void addSeats(int count) {
        seatCount += count;
    }

    /** Some of the seats were booked; the hold ends once none is left. */
    public void seatsBooked(int count) {
        seatCount -= count;
        if (seatCount <= 0) {
            seatCount = 0;
            status = HoldStatus.BOOKED;
        }
    }

    public void release() {
        status = HoldStatus.RELEASED;
    }

    public void expire() {
        status = HoldStatus.EXPIRED;
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public long showId() {
        return showId;
    }

    public HoldStatus status() {
        return status;
    }

    public int seatCount() {
        return seatCount;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
