package dev.boxoffice.show.boundary;

import dev.boxoffice.platform.JsonConfig;
import dev.boxoffice.show.entity.SeatChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;

/**
 * Forwards seat changes to the open seat maps of this instance through Faces push: each map
 * opens the "seats" websocket with its show id as the "user", so a change reaches exactly the
 * maps of its show. A resync goes to nobody here: maps reload on reconnect themselves.
 */
@ApplicationScoped
public class SeatMapPush {

    @Inject
    @Push(channel = "seats")
    PushContext seats;

    void onChange(@Observes SeatChange change) {
        if (!change.isResync()) {
            seats.send(JsonConfig.jsonb().toJson(change), change.showId());
        }
    }
}
