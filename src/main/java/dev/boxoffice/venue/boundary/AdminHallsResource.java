package dev.boxoffice.venue.boundary;

import dev.boxoffice.account.entity.Caller;
import dev.boxoffice.venue.boundary.AdminVenuesResource.NameRequest;
import dev.boxoffice.venue.control.HallLayouts;
import dev.boxoffice.venue.control.VenueAdministration;
import dev.boxoffice.venue.entity.LayoutPlan;
import dev.boxoffice.venue.entity.LayoutSpec;
import dev.boxoffice.venue.entity.PlannedSeat;
import dev.boxoffice.venue.entity.VenueView.HallView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** /api/admin/halls/{id}: rename, delete, and the seat layout editor's API. */
@ApplicationScoped
@RolesAllowed(Caller.ADMIN)
@Path("admin/halls/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminHallsResource {

    public record Layout(long hallId, int layoutVersion, int seatCount, List<PlannedSeat> seats) {
    }

    @Inject
    VenueAdministration venues;
    @Inject
    HallLayouts layouts;

    @GET
    public HallView one(@PathParam("id") long id) {
        return venues.hall(id);
    }

    @PATCH
    public HallView rename(@PathParam("id") long id, @Valid @NotNull NameRequest request) {
        venues.renameHall(id, request.name());
        return venues.hall(id);
    }

    @DELETE
    public Response delete(@PathParam("id") long id) {
        venues.deleteHall(id);
        return Response.noContent().build();
    }

    @GET
    @Path("layout")
    public Layout layout(@PathParam("id") long id) {
        List<PlannedSeat> seats = layouts.currentLayout(id);
        return new Layout(id, venues.hall(id).layoutVersion(), seats.size(), seats);
    }

    /** Replaces the layout for shows created from now on; existing shows keep theirs. */
    @PUT
    @Path("layout")
    public Layout replaceLayout(@PathParam("id") long id, @NotNull LayoutSpec spec) {
        List<PlannedSeat> seats = layouts.replaceLayout(id, spec);
        return new Layout(id, venues.hall(id).layoutVersion(), seats.size(), seats);
    }

    /** The seats a layout would have, without saving anything. */
    @POST
    @Path("layout/preview")
    public Layout preview(@PathParam("id") long id, @NotNull LayoutSpec spec) {
        HallView hall = venues.hall(id);
        List<PlannedSeat> seats = LayoutPlan.generate(spec);
        return new Layout(id, hall.layoutVersion() + 1, seats.size(), seats);
    }
}
