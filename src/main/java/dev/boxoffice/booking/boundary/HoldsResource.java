package dev.boxoffice.booking.boundary;

import dev.boxoffice.account.control.CurrentCaller;
import dev.boxoffice.booking.control.SeatHolds;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

@ApplicationScoped
@Path("holds/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class HoldsResource {

    // @EJB, not @Inject: a call through Weld's proxy of a no-interface EJB costs Payara a thrown and caught exception
    @EJB
    SeatHolds holds;
    @Inject
    CurrentCaller caller;
    @Inject
    Clock clock;

    @GET
    public HoldJson find(@PathParam("id") long id) {
        return HoldJson.of(holds.find(caller.require().id(), id), clock.instant());
    }

    @DELETE
    public Response release(@PathParam("id") long id) {
        holds.release(caller.require().id(), id);
        return Response.noContent().build();
    }
}
