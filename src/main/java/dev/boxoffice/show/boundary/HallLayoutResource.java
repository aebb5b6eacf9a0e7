package dev.boxoffice.show.boundary;

import dev.boxoffice.show.control.LayoutSnapshots;
import dev.boxoffice.account.control.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The seed system's layout endpoint, same path and shape: GET /api/hall-layout/{show_id}/ answers
 * {hall_name, movie_title, seats: [...], show_id, starts_at, venue_name}.
 */
@ApplicationScoped
@Path("hall-layout/{showId}")
@Produces(MediaType.APPLICATION_JSON)
public class HallLayoutResource {

    @Inject
    LayoutSnapshots snapshots;
    @Inject
    CurrentCaller caller;

    @GET
    public Response layout(@PathParam("showId") long showId, @Context HttpHeaders headers) {
        return LayoutResponses.of(
                snapshots.render(LayoutSnapshots.Shape.HALL_LAYOUT, showId, caller.id().orElse(null)), headers);
    }
}
