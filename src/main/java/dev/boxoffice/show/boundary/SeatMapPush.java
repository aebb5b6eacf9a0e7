package dev.boxoffice.show.boundary;

import dev.boxoffice.platform.JsonConfig;
import dev.boxoffice.show.entity.SeatChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.event.WebsocketEvent;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Forwards seat changes to the open seat maps of this instance through Faces push: each map
 * opens the "seats" websocket with its show id as the "user", so a change reaches exactly the
 * maps of its show. A resync goes to nobody here: maps reload on reconnect themselves. Changes
 * of shows with no map open here are not even encoded (counted from the websocket events).
 */
@ApplicationScoped
public class SeatMapPush {

    @Inject
    @Push(channel = "seats")
    PushContext seats;

    private final Map<Serializable, Integer> openMaps = new ConcurrentHashMap<>();

    void onChange(@Observes SeatChange change) {
        if (!change.isResync() && openMaps.getOrDefault(change.showId(), 0) > 0) {
            seats.send(JsonConfig.jsonb().toJson(change), change.showId());
        }
    }

    void opened(@Observes @WebsocketEvent.Opened WebsocketEvent event) {
        if ("seats".equals(event.getChannel()) && event.getUser() != null) {
            openMaps.merge(event.getUser(), 1, Integer::sum);
        }
    }

    void closed(@Observes @WebsocketEvent.Closed WebsocketEvent event) {
        if ("seats".equals(event.getChannel()) && event.getUser() != null) {
            openMaps.computeIfPresent(event.getUser(), (show, n) -> n > 1 ? n - 1 : null);
        }
    }
}
