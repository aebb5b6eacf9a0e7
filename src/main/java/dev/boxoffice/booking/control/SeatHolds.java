package dev.boxoffice.booking.control;

import dev.boxoffice.booking.entity.Hold;
import dev.boxoffice.booking.entity.HoldDetails;
import dev.boxoffice.booking.entity.HoldEnded;
import dev.boxoffice.booking.entity.HoldLimitExceeded;
import dev.boxoffice.booking.entity.HoldStatus;
import dev.boxoffice.booking.entity.SeatsUnavailable;
import dev.boxoffice.booking.entity.UnknownSeats;
import dev.boxoffice.platform.DomainException;
import dev.boxoffice.platform.InvalidRequest;
import dev.boxoffice.platform.NotFound;
import dev.boxoffice.show.control.ShowCatalog;
import dev.boxoffice.show.control.SeatInventory;
import dev.boxoffice.show.entity.LockedSeat;
import dev.boxoffice.show.entity.SeatState;
import dev.boxoffice.venue.entity.LayoutPlan;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    Clock clock;

    /**
     * Holds all the given seats of a show for the caller, or none of them (409 naming the seats
     * that are taken). The seats join the caller's live hold of the show, whose expiry does not
     * move, or start a new hold that lives for the configured TTL.
     * <p>Lock order: the show row (KEY SHARE: a cancellation cannot overtake) with the caller's
     * open hold (serialises one user's holds of the show, so the per-user cap is exact; two first
     * holds at once meet on the unique index of open holds and the loser gets 409 busy), then
     * the show seats in ascending id. Four statements and the commit.
     *
     * @param ownSeatsAreFine when true, seats already in the caller's live hold are accepted as a
     *                        no-op (the seed API); otherwise they count as unavailable, and callers
     *                        first let {@link PlainlyTakenSeats} turn down plainly taken seats
     */
    public HoldDetails hold(long accountId, long showId, List<Long> seatIds, boolean ownSeatsAreFine) {
        SeatSelection.check(seatIds, policy.maxSeatsPerRequest());
        Instant now = clock.instant();
        return holdLocked(accountId, showId, seatIds, ownSeatsAreFine, now, OpenHold.lock(em, accountId, showId, now));
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
        OpenHold open = OpenHold.lock(em, accountId, showId, now);
        em.createNativeQuery("SELECT pg_advisory_xact_lock(7, ?1)").setParameter(1, (int) showId).getSingleResult();
        for (int attempt = 0; attempt < 3; attempt++) {
            List<Long> chosen = BestAvailable.choose(candidates(showId), count, category);
            if (chosen.isEmpty()) {
                throw new DomainException(DomainException.Kind.CONFLICT, "no-adjacent-seats", "No seats together",
                        "There are no " + count + " free adjacent seats in one row" + (category == null ? "" : " of category " + category) + ".");
            }
            try {
                return holdLocked(accountId, showId, chosen, false, now, open);
            } catch (SeatsUnavailable takenMeanwhile) {
                // an explicit hold won one of the chosen seats after we looked: choose again
            }
        }
        throw new SeatsUnavailable(List.of());
    }

    private List<BestAvailable.Candidate> candidates(long showId) {
        return shows.seatMapNow(showId).stream()
                .map(s -> new BestAvailable.Candidate(s.id(), s.gridRow(), s.gridCol(), s.category(),
                        SeatState.AVAILABLE.equals(s.status())))
                .toList();
    }

    /** The hold itself, once the show and the open hold are locked; checks everything before changing anything. */
    private HoldDetails holdLocked(long accountId, long showId, List<Long> seatIds, boolean ownSeatsAreFine,
                                   Instant now, OpenHold open) {
        Hold current = open.live();
        List<LockedSeat> seats = inventory.lockSeats(showId, seatIds, now);
        requireAllKnown(showId, seatIds, seats);
        List<LockedSeat> wanted = seats.stream()
                .filter(seat -> !(ownSeatsAreFine && current != null && seat.isHeldBy(current.id())))
                .toList();
        List<Long> taken = wanted.stream().filter(LockedSeat::taken).map(LockedSeat::seatId).sorted().toList();
        if (!taken.isEmpty()) {
            throw new SeatsUnavailable(taken);
        }
        int alreadyHeld = current == null ? 0 : current.seatCount();
        if (alreadyHeld + wanted.size() > policy.maxSeatsPerUser()) {
            throw new HoldLimitExceeded(policy.maxSeatsPerUser(), alreadyHeld);
        }
        if (wanted.isEmpty()) {
            return new HoldDetails(current, open.seatIds()); // all of them already the caller's (the seed API)
        }
        Hold hold = current != null ? current : open.startNew(policy.ttl());
        open.addSeats(hold, wanted.size());
        // the bulk update flushes a new hold's insert first, as the seats' foreign key needs
        inventory.hold(showId, wanted, hold.id(), hold.expiresAt());
        List<Long> held = new ArrayList<>(open.seatIds());
        wanted.forEach(seat -> held.add(seat.seatId()));
        held.sort(null);
        return new HoldDetails(hold, held);
    }

    /**
     * Ends the caller's hold and frees its seats at once, in two statements and the commit (the
     * hold row is locked by its update). Releasing an ended hold changes nothing.
     */
    public void release(long accountId, long holdId) {
        List<?> ended = em.createNativeQuery("UPDATE hold SET status = 'RELEASED'"
                        + " WHERE id = ?1 AND account_id = ?2 AND status = 'ACTIVE' RETURNING show_id")
                .setParameter(1, holdId)
                .setParameter(2, accountId)
                .getResultList();
        if (!ended.isEmpty()) {
            inventory.releaseHeldBy(((Number) ended.get(0)).longValue(), holdId);
            return;
        }
        Hold hold = em.find(Hold.class, holdId);
        if (hold == null || !hold.isOwnedBy(accountId)) {
            throw new NotFound("hold", holdId);
        }
        if (hold.status() == HoldStatus.BOOKED) {
            throw HoldEnded.booked(holdId);
        }
    }

    public HoldDetails find(long accountId, long holdId) {
        Hold hold = em.find(Hold.class, holdId);
        if (hold == null || !hold.isOwnedBy(accountId)) {
            throw new NotFound("hold", holdId);
        }
        Instant now = clock.instant();
        List<Long> seatIds = hold.isLiveAt(now) ? inventory.seatIdsHeldBy(holdId, now) : List.of();
        return new HoldDetails(hold, seatIds);
    }

    /** The caller's live hold of a show, if any (no lock: for showing it). */
    public Optional<HoldDetails> liveHoldOf(long accountId, long showId) {
        Instant now = clock.instant();
        return activeHold(accountId, showId)
                .getResultStream()
                .filter(hold -> hold.isLiveAt(now))
                .findFirst()
                .map(hold -> new HoldDetails(hold, inventory.seatIdsHeldBy(hold.id(), now)));
    }

    /** The caller's ACTIVE hold of the show (at most one, by a unique index); it may be past its expiry. */
    private TypedQuery<Hold> activeHold(long accountId, long showId) {
        return em.createQuery("SELECT h FROM Hold h WHERE h.accountId = :account AND h.showId = :show"
                        + " AND h.status = :active", Hold.class)
                .setParameter("account", accountId)
                .setParameter("show", showId)
                .setParameter("active", HoldStatus.ACTIVE);
    }

    private static void requireAllKnown(long showId, List<Long> seatIds, List<LockedSeat> found) {
        if (found.size() == seatIds.size()) {
            return;
        }
        Set<Long> known = found.stream().map(LockedSeat::seatId).collect(Collectors.toSet());
        throw new UnknownSeats(showId, seatIds.stream().filter(id -> !known.contains(id)).sorted().toList());
    }
}
