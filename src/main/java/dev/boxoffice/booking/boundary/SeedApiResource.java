package dev.boxoffice.booking.boundary;

import dev.boxoffice.account.control.CurrentCaller;
import dev.boxoffice.account.entity.Caller;
import dev.boxoffice.booking.control.SeatBookings;
import dev.boxoffice.booking.control.SeatHolds;
import dev.boxoffice.booking.entity.BookingOutcome;
import dev.boxoffice.booking.entity.HoldDetails;
import dev.boxoffice.platform.Forbidden;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/** The seed system's write endpoints, same paths and shapes: hold-seat and book-seat. */
@ApplicationScoped
@Path("")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SeedApiResource {

    public record SeatRequest(@NotNull Long showId, @NotNull Long seatId, Long userId) {
    }

    public record Held(String detail, long holdId, Instant expiresAt) {
    }

    public record Booked(String detail, String reference) {
    }

    @Inject
    SeatHolds holds;
    @Inject
    SeatBookings bookings;
    @Inject
    CurrentCaller currentCaller;

    @POST
    @Path("hold-seat")
    public Held holdSeat(@Valid @NotNull SeatRequest request) {
        Caller caller = actingCaller(request);
        HoldDetails details = holds.hold(caller.id(), request.showId(), List.of(request.seatId()), true);
        return new Held("Seat held.", details.hold().id(), details.hold().expiresAt());
    }

    @POST
    @Path("book-seat")
    public Response bookSeat(@Valid @NotNull SeatRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Caller caller = actingCaller(request);
        BookingOutcome outcome = bookings.bookSeat(caller.id(), request.showId(), request.seatId(), idempotencyKey);
        Response.ResponseBuilder response = Response.status(Response.Status.CREATED)
                .entity(new Booked("Booking confirmed.", outcome.details().booking().reference()));
        return outcome.replayed() ? response.header("Idempotent-Replayed", "true").build() : response.build();
    }

    private Caller actingCaller(SeatRequest request) {
        Caller caller = currentCaller.require();
        if (request.userId() != null && request.userId() != caller.id()) {
            throw new Forbidden("user-mismatch", "user_id must be your own id (" + caller.id() + ").");
        }
        return caller;
    }
}
