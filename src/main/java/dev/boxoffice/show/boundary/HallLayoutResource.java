package dev.boxoffice.show.boundary;

import dev.boxoffice.account.control.CurrentCaller;
import dev.boxoffice.show.control.ShowCatalog;
import dev.boxoffice.show.entity.SeatMap;
import dev.boxoffice.show.entity.SeatState;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** The seed system's layout endpoint, same path and shape: GET /api/hall-layout/{show_id}/ */
@Path("hall-layout/{showId}")
@Produces(MediaType.APPLICATION_JSON)
public class HallLayoutResource {

    public record HallLayout(long showId, String hallName, String venueName, String movieTitle, Instant startsAt,
                             List<SeatState> seats) {
    }

    @Inject
    ShowCatalog catalog;
    @Inject
    CurrentCaller caller;

    @GET
    public HallLayout layout(@PathParam("showId") long showId) {
        SeatMap map = catalog.seatMap(showId, caller.id().orElse(null));
        return new HallLayout(showId, map.show().hallName(), map.show().venueName(), map.show().title(),
                map.show().startsAt(), map.seats());
    }
}
