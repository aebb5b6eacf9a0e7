package dev.boxoffice.venue.boundary;

import dev.boxoffice.account.entity.Caller;
import dev.boxoffice.venue.control.VenueAdministration;
import dev.boxoffice.venue.entity.Hall;
import dev.boxoffice.venue.entity.Venue;
import dev.boxoffice.venue.entity.VenueView;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** /api/admin/venues: venues and their halls (administrators only). */
@ApplicationScoped
@RolesAllowed(Caller.ADMIN)
@Path("admin/venues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminVenuesResource {

    public record NameRequest(@NotNull String name) {
    }

    @Inject
    VenueAdministration venues;
    @Context
    UriInfo uriInfo;

    @GET
    public List<VenueView> all() {
        return venues.venues();
    }

    @POST
    public Response create(@Valid @NotNull NameRequest request) {
        Venue venue = venues.createVenue(request.name());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(venue.id())).build())
                .entity(venues.venue(venue.id())).build();
    }

    @GET
    @Path("{id}")
    public VenueView one(@PathParam("id") long id) {
        return venues.venue(id);
    }

    @PATCH
    @Path("{id}")
    public VenueView rename(@PathParam("id") long id, @Valid @NotNull NameRequest request) {
        venues.renameVenue(id, request.name());
        return venues.venue(id);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        venues.deleteVenue(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/halls")
    public Response createHall(@PathParam("id") long venueId, @Valid @NotNull NameRequest request) {
        Hall hall = venues.createHall(venueId, request.name());
        return Response.created(uriInfo.getBaseUriBuilder().path("admin/halls").path(String.valueOf(hall.id())).build())
                .entity(venues.hall(hall.id())).build();
    }
}
