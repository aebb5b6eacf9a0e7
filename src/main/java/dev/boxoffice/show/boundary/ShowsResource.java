package dev.boxoffice.show.boundary;

import dev.boxoffice.account.control.CurrentCaller;
import dev.boxoffice.show.control.ShowCatalog;
import dev.boxoffice.show.entity.SeatMap;
import dev.boxoffice.show.entity.SeatState;
import dev.boxoffice.show.entity.ShowSummary;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Public reads of shows and their seats. */
@Path("shows")
@Produces(MediaType.APPLICATION_JSON)
public class ShowsResource {

    public record SeatsJson(long showId, List<SeatState> seats) {
    }

    @Inject
    ShowCatalog catalog;
    @Inject
    CurrentCaller caller;

    @GET
    public List<ShowSummary> upcoming() {
        return catalog.upcoming();
    }

    @GET
    @Path("{id}")
    public ShowSummary show(@PathParam("id") long id) {
        return catalog.requireVisible(id);
    }

    @GET
    @Path("{id}/seats")
    public SeatsJson seats(@PathParam("id") long id) {
        SeatMap map = catalog.seatMap(id, caller.id().orElse(null));
        return new SeatsJson(id, map.seats());
    }
}
