package dev.boxoffice.booking.boundary;

import dev.boxoffice.account.control.CurrentCaller;
import dev.boxoffice.booking.control.ChosenSeatHolds;
import dev.boxoffice.booking.control.SeatHolds;
import dev.boxoffice.booking.entity.HoldDetails;
import dev.boxoffice.platform.BadRequest;
import dev.boxoffice.platform.InvalidRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;

/** POST /api/shows/{id}/holds: hold the given seats of a show (all or nothing), or the best available ones. */
@ApplicationScoped
@Path("shows/{showId}/holds")
@Produces(MediaType.APPLICATION_JSON)
public class ShowHoldsResource {

    /** Either seat_ids (these seats) or count with an optional category (best available). */
    public record HoldRequest(List<Long> seatIds, Integer count, String category) {
    }

    // @EJB, not @Inject: a call through Weld's proxy of a no-interface EJB costs Payara a thrown and caught exception
    @EJB
    SeatHolds holds;
    @Inject
    ChosenSeatHolds chosenSeats;
    @Inject
    CurrentCaller caller;
    @Inject
    Clock clock;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response hold(@PathParam("showId") long showId, @Valid @NotNull HoldRequest request) {
        long accountId = caller.require().id();
        if (request.seatIds() != null && request.count() != null) {
            throw new InvalidRequest("seats-or-count", "Give either seat_ids or count, not both.");
        }
        if (request.seatIds() == null && request.count() == null) {
            throw new BadRequest("missing-field", "Give seat_ids (these seats) or count (the best available seats).");
        }
        HoldDetails details;
        if (request.seatIds() != null) {
            details = chosenSeats.hold(accountId, showId, request.seatIds());
        } else {
            details = holds.holdBest(accountId, showId, request.count(), request.category());
        }
        return Response.created(uriInfo.getBaseUriBuilder().path("holds").path(String.valueOf(details.hold().id())).build())
                .entity(HoldJson.of(details, clock.instant()))
                .build();
    }
}
