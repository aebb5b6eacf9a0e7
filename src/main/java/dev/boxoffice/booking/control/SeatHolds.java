package dev.boxoffice.booking.control;

import dev.boxoffice.booking.entity.Hold;
import dev.boxoffice.booking.entity.HoldDetails;
import dev.boxoffice.booking.entity.HoldEnded;
import dev.boxoffice.booking.entity.HoldLimitExceeded;
import dev.boxoffice.booking.entity.HoldStatus;
import dev.boxoffice.booking.entity.SeatsUnavailable;
import dev.boxoffice.booking.entity.UnknownSeats;
import dev.boxoffice.platform.AuditActor;
import dev.boxoffice.platform.DomainException;
import dev.boxoffice.platform.InvalidRequest;
import dev.boxoffice.platform.NotFound;
import dev.boxoffice.show.control.ShowCatalog;
import dev.boxoffice.show.control.SeatChanges;
import dev.boxoffice.show.control.SeatInventory;
import dev.boxoffice.show.entity.SeatState;
import dev.boxoffice.show.entity.SeatStatus;
import dev.boxoffice.show.entity.ShowSeat;
import dev.boxoffice.venue.entity.LayoutPlan;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Holding and releasing seats. Each public method is one transaction. */
@Stateless
public class SeatHolds {

    @PersistenceContext
    EntityManager em;
    @Inject
    SeatInventory inventory;
    @Inject
    ShowCatalog shows;
    @Inject
    HoldPolicy policy;
    @Inject
    SeatChanges changes;
    @Inject
    AuditActor auditActor;
    @Inject
    Clock clock;

    /**
     * Holds all the given seats of a show for the caller, or none of them (409 naming the seats
     * that are taken). The seats join the caller's live hold of the show, whose expiry does not
     * move, or start a new hold that lives for the configured TTL.
     * <p>Lock order: the caller's account row (serialises one user's holds, so the per-user cap
     * is exact), the caller's open hold, then the show seats in ascending id.
     *
     * @param ownSeatsAreFine when true, seats already in the caller's live hold are accepted as a
     *                        no-op (the seed API); otherwise they count as unavailable, and callers
     *                        first let {@link PlainlyTakenSeats} turn down plainly taken seats
     */
    public HoldDetails hold(long accountId, long showId, List<Long> seatIds, boolean ownSeatsAreFine) {
        SeatSelection.check(seatIds, policy.maxSeatsPerRequest());
        Instant now = clock.instant();
        auditActor.actingFor(accountId);
        lockAccount(accountId);
        SalesWindow.lockOpen(em, showId, now);
        return holdLocked(accountId, showId, seatIds, ownSeatsAreFine, now);
    }

    /**
     * Holds the best {@code count} adjacent seats in one row (see {@link BestAvailable}),
     * optionally of one category. Choosers of one show queue on a transaction-level advisory
     * lock, so two of them never pick from the same picture; an explicit hold that takes a
     * chosen seat in between is detected under the seat locks and the choice is made again.
     */
    public HoldDetails holdBest(long accountId, long showId, int count, String category) {
        if (count < 1 || count > policy.maxSeatsPerRequest()) {
            throw new InvalidRequest("invalid-count", "count must be from 1 to " + policy.maxSeatsPerRequest() + ".");
        }
        if (category != null && !LayoutPlan.CATEGORIES.contains(category.toUpperCase())) {
            throw new InvalidRequest("invalid-category", "category is one of " + LayoutPlan.CATEGORIES + ".");
        }
        Instant now = clock.instant();
        auditActor.actingFor(accountId);
        lockAccount(accountId);
        SalesWindow.lockOpen(em, showId, now);
        em.createNativeQuery("SELECT pg_advisory_xact_lock(7, ?1)").setParameter(1, (int) showId).getSingleResult();
        for (int attempt = 0; attempt < 3; attempt++) {
            List<Long> chosen = BestAvailable.choose(candidates(showId), count, category);
            if (chosen.isEmpty()) {
                throw new DomainException(DomainException.Kind.CONFLICT, "no-adjacent-seats", "No seats together",
                        "There are no " + count + " free adjacent seats in one row" + (category == null ? "" : " of category " + category) + ".");
            }
            try {
                return holdLocked(accountId, showId, chosen, false, now);
            } catch (SeatsUnavailable takenMeanwhile) {
                // an explicit hold won one of the chosen seats after we looked: choose again
            }
        }
        throw new SeatsUnavailable(List.of());
    }

    private List<BestAvailable.Candidate> candidates(long showId) {
        return shows.seatMapForAdmin(showId).stream()
                .map(s -> new BestAvailable.Candidate(s.id(), s.gridRow(), s.gridCol(), s.category(),
                        SeatState.AVAILABLE.equals(s.status())))
                .toList();
    }

    /** The hold itself, once the account and show are locked; checks everything before changing anything. */
    private HoldDetails holdLocked(long accountId, long showId, List<Long> seatIds, boolean ownSeatsAreFine, Instant now) {
        Hold open = openHold(accountId, showId, now);

        List<ShowSeat> seats = inventory.lockSeats(showId, seatIds);
        requireAllKnown(showId, seatIds, seats);
        List<ShowSeat> wanted = seats.stream()
                .filter(seat -> !(ownSeatsAreFine && open != null && seat.isHeldBy(open.id())))
                .toList();
        List<Long> taken = unavailable(wanted, now);
        if (!taken.isEmpty()) {
            throw new SeatsUnavailable(taken);
        }
        int alreadyHeld = open == null ? 0 : open.seatCount();
        if (alreadyHeld + wanted.size() > policy.maxSeatsPerUser()) {
            throw new HoldLimitExceeded(policy.maxSeatsPerUser(), alreadyHeld);
        }
        Hold hold = open != null ? open : newHold(accountId, showId, now, wanted.size());
        wanted.forEach(seat -> seat.hold(hold.id()));
        if (hold == open) {
            hold.addSeats(wanted.size());
        }
        em.flush();
        if (!wanted.isEmpty()) {
            changes.announce(showId, SeatState.HELD, seatIdsOf(wanted), hold.expiresAt());
        }
        // a new hold owns exactly the seats just taken: no need to read them back
        return new HoldDetails(hold, hold == open ? inventory.seatIdsHeldBy(hold.id()) : seatIdsOf(wanted));
    }

    /** Ends the caller's hold and frees its seats at once. Releasing an ended hold changes nothing. */
    public void release(long accountId, long holdId) {
        auditActor.actingFor(accountId);
        Hold hold = em.find(Hold.class, holdId, LockModeType.PESSIMISTIC_WRITE);
        if (hold == null || !hold.isOwnedBy(accountId)) {
            throw new NotFound("hold", holdId);
        }
        if (hold.status() == HoldStatus.BOOKED) {
            throw HoldEnded.booked(holdId);
        }
        if (hold.status() == HoldStatus.ACTIVE) {
            List<ShowSeat> seats = inventory.lockHeldBy(holdId);
            seats.forEach(ShowSeat::release);
            hold.release();
            changes.announce(hold.showId(), SeatState.AVAILABLE, seatIdsOf(seats), null);
        }
    }

    public HoldDetails find(long accountId, long holdId) {
        Hold hold = em.find(Hold.class, holdId);
        if (hold == null || !hold.isOwnedBy(accountId)) {
            throw new NotFound("hold", holdId);
        }
        List<Long> seatIds = hold.isLiveAt(clock.instant()) ? inventory.seatIdsHeldBy(holdId) : List.of();
        return new HoldDetails(hold, seatIds);
    }

    /** The caller's live hold of a show, if any (no lock: for showing it). */
    public Optional<HoldDetails> liveHoldOf(long accountId, long showId) {
        Instant now = clock.instant();
        return activeHold(accountId, showId)
                .getResultStream()
                .filter(hold -> hold.isLiveAt(now))
                .findFirst()
                .map(hold -> new HoldDetails(hold, inventory.seatIdsHeldBy(hold.id())));
    }

    private void lockAccount(long accountId) {
        // NO KEY UPDATE: does not conflict with the KEY SHARE lock that inserting a booking or hold
        // row (foreign key to account) takes, so a concurrent booking by the same user cannot deadlock.
        em.createNativeQuery("SELECT id FROM account WHERE id = ?1 FOR NO KEY UPDATE")
                .setParameter(1, accountId)
                .getResultList();
    }

    /** The caller's ACTIVE hold of the show (at most one, by a unique index); it may be past its expiry. */
    private TypedQuery<Hold> activeHold(long accountId, long showId) {
        return em.createQuery("SELECT h FROM Hold h WHERE h.accountId = :account AND h.showId = :show"
                        + " AND h.status = :active", Hold.class)
                .setParameter("account", accountId)
                .setParameter("show", showId)
                .setParameter("active", HoldStatus.ACTIVE);
    }

    /** The caller's live hold of the show, locked; an open hold past its expiry is closed first. */
    private Hold openHold(long accountId, long showId, Instant now) {
        Hold open = activeHold(accountId, showId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (open != null && !open.isLiveAt(now)) {
            open.expire();
            em.flush();
            return null;
        }
        return open;
    }

    /** Inserted with its seat count (the seats need its id, so it is written at once). */
    private Hold newHold(long accountId, long showId, Instant now, int seatCount) {
        Hold hold = new Hold(accountId, showId, now, policy.ttl());
        hold.addSeats(seatCount);
        em.persist(hold);
        em.flush();
        return hold;
    }

    static List<Long> seatIdsOf(List<ShowSeat> seats) {
        return seats.stream().map(ShowSeat::seatId).sorted().toList();
    }

    private static void requireAllKnown(long showId, List<Long> seatIds, List<ShowSeat> found) {
        if (found.size() == seatIds.size()) {
            return;
        }
        Set<Long> known = found.stream().map(ShowSeat::seatId).collect(Collectors.toSet());
        throw new UnknownSeats(showId, seatIds.stream().filter(id -> !known.contains(id)).sorted().toList());
    }

    /** Seats that are booked or in a live hold; a HELD seat whose hold has expired is free. */
    private List<Long> unavailable(List<ShowSeat> seats, Instant now) {
        Set<Long> holdIds = new HashSet<>();
        seats.stream().filter(s -> s.status() == SeatStatus.HELD).forEach(s -> holdIds.add(s.holdId()));
        Map<Long, Hold> holds = holdIds.isEmpty() ? Map.of()
                : em.createQuery("SELECT h FROM Hold h WHERE h.id IN :ids", Hold.class)
                        .setParameter("ids", holdIds)
                        .getResultStream().collect(Collectors.toMap(Hold::id, Function.identity()));
        return seats.stream()
                .filter(s -> s.status() == SeatStatus.BOOKED
                        || (s.status() == SeatStatus.HELD && holds.get(s.holdId()).isLiveAt(now)))
                .map(ShowSeat::seatId)
                .sorted()
                .toList();
    }
}
