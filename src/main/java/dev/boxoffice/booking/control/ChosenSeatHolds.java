package dev.boxoffice.booking.control;

import dev.boxoffice.booking.entity.HoldDetails;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Holds the seats a user picked, the same way for the API and the seat map page: seats this
 * instance has seen taken are turned down after one read ({@link PlainlyTakenSeats}); holds of this instance that
 * want the same seat take turns ({@link SeatClaims}) and look again after the one ahead; then
 * {@link SeatHolds#hold} decides under the row locks.
 */
@ApplicationScoped
public class ChosenSeatHolds {

    // @EJB, not @Inject: a call through Weld's proxy of a no-interface EJB costs Payara a thrown and caught exception
    @EJB
    SeatHolds holds;
    @Inject
    PlainlyTakenSeats plainlyTaken;
    @Inject
    SeatClaims claims;

    public HoldDetails hold(long accountId, long showId, List<Long> seatIds) {
        plainlyTaken.refuseIfSeenTaken(showId, seatIds);
        return claims.whileClaimed(showId, seatIds, () -> plainlyTaken.refuse(showId, seatIds),
                () -> holds.hold(accountId, showId, seatIds, false));
    }
}
