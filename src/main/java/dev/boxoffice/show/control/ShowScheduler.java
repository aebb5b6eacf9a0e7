package dev.boxoffice.show.control;

import dev.boxoffice.show.entity.Show;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** Puts a title in a hall at a time, with one inventory row per seat of the hall. */
@Stateless
public class ShowScheduler {

    @PersistenceContext
    EntityManager em;

    /** Creates the show and its whole inventory in bulk (one INSERT ... SELECT, in seat id order). */
    public Show schedule(long hallId, String title, Instant startsAt, Instant endsAt) {
        Show show = new Show(hallId, title, startsAt, endsAt);
        em.persist(show);
        em.flush();
        em.createNativeQuery("INSERT INTO show_seat (show_id, seat_id) SELECT ?1, id FROM seat WHERE hall_id = ?2 ORDER BY id")
                .setParameter(1, show.id())
                .setParameter(2, hallId)
                .executeUpdate();
        return show;
    }
}
