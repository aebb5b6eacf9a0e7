package dev.boxoffice.show.boundary;

import dev.boxoffice.show.control.ShowCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * GET /api/shows/{id}/events: Server-Sent Events, one "seat" event per changed seat with its
 * new public status, from whichever instance made the change. Starts with a "subscribed" event;
 * a "resync" event means changes may have been missed (reload the seats).
 */
@ApplicationScoped
@Path("shows/{id}/events")
public class ShowEventsResource {

    @Inject
    ShowCatalog catalog;
    @Inject
    SeatEvents events;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void subscribe(@PathParam("id") long showId, @Context SseEventSink sink, @Context Sse sse) {
        catalog.requireVisible(showId);
        events.subscribe(showId, sink, sse);
    }
}
