package dev.boxoffice.booking.boundary;

import dev.boxoffice.account.control.CurrentCaller;
import dev.boxoffice.booking.control.SeatHolds;
import dev.boxoffice.booking.entity.HoldDetails;
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

/** POST /api/shows/{id}/holds: hold several seats of a show, all or nothing. */
@Path("shows/{showId}/holds")
@Produces(MediaType.APPLICATION_JSON)
public class ShowHoldsResource {

    public record HoldRequest(@NotNull List<Long> seatIds) {
    }

    @Inject
    SeatHolds holds;
    @Inject
    CurrentCaller caller;
    @Inject
    Clock clock;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response hold(@PathParam("showId") long showId, @Valid @NotNull HoldRequest request) {
        HoldDetails details = holds.hold(caller.require().id(), showId, request.seatIds(), false);
        return Response.created(uriInfo.getBaseUriBuilder().path("holds").path(String.valueOf(details.hold().id())).build())
                .entity(HoldJson.of(details, clock.instant()))
                .build();
    }
}
