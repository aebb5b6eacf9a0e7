package dev.boxoffice.show.boundary;

import dev.boxoffice.show.control.LayoutSnapshots;
import dev.boxoffice.account.control.CurrentCaller;
import dev.boxoffice.show.control.ShowCatalog;
import dev.boxoffice.show.entity.ShowSummary;
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
import java.util.List;

/** Public reads of shows and their seats. */
@ApplicationScoped
@Path("shows")
@Produces(MediaType.APPLICATION_JSON)
public class ShowsResource {

    @Inject
    ShowCatalog catalog;
    @Inject
    CurrentCaller caller;
    @Inject
    LayoutSnapshots snapshots;

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
    public Response seats(@PathParam("id") long id, @Context HttpHeaders headers) {
        return LayoutResponses.of(snapshots.render(LayoutSnapshots.Shape.SEATS, id, caller.id().orElse(null)), headers);
    }
}
