package dev.boxoffice.booking.boundary;

import dev.boxoffice.account.control.CurrentCaller;
import dev.boxoffice.booking.control.BookingQueries;
import dev.boxoffice.booking.control.SeatBookings;
import dev.boxoffice.booking.entity.BookingOutcome;
import dev.boxoffice.platform.Money;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

@ApplicationScoped
@Path("bookings")
@Produces(MediaType.APPLICATION_JSON)
public class BookingsResource {

    public record BookingRequest(@NotNull Long holdId) {
    }

    // @EJB, not @Inject: a call through Weld's proxy of a no-interface EJB costs Payara a thrown and caught exception
    @EJB
    SeatBookings bookings;
    @Inject
    BookingQueries queries;
    @Inject
    CurrentCaller caller;
    @Inject
    Money money;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(@Valid @NotNull BookingRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        BookingOutcome outcome = bookings.bookHold(caller.require().id(), request.holdId(), idempotencyKey);
        return created(outcome, uriInfo, money.currency());
    }

    @GET
    public List<BookingJson> mine() {
        return queries.ofAccount(caller.require().id()).stream().map(d -> BookingJson.of(d, money.currency())).toList();
    }

    @GET
    @Path("{reference}")
    public BookingJson find(@PathParam("reference") String reference) {
        return BookingJson.of(queries.byReference(caller.require().id(), reference), money.currency());
    }

    @POST
    @Path("{reference}/cancel")
    public BookingJson cancel(@PathParam("reference") String reference) {
        return BookingJson.of(bookings.cancel(caller.require().id(), reference), money.currency());
    }

    static Response created(BookingOutcome outcome, UriInfo uriInfo, String currency) {
        String reference = outcome.details().booking().reference();
        Response.ResponseBuilder response = Response.created(
                        uriInfo.getBaseUriBuilder().path("bookings").path(reference).build())
                .entity(BookingJson.of(outcome.details(), currency));
        return outcome.replayed() ? response.header("Idempotent-Replayed", "true").build() : response.build();
    }
}
