package dev.boxoffice.venue.control;

import dev.boxoffice.platform.DomainException;
import dev.boxoffice.platform.InvalidRequest;
import dev.boxoffice.platform.NotFound;
import dev.boxoffice.venue.entity.Hall;
import dev.boxoffice.venue.entity.Venue;
import dev.boxoffice.venue.entity.VenueView;
import dev.boxoffice.venue.entity.VenueView.HallView;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Venues and halls: create, rename, delete (only while no show uses them). One transaction per method. */
@Stateless
public class VenueAdministration {

    @PersistenceContext
    EntityManager em;

    public List<VenueView> venues() {
        List<Venue> venues = em.createQuery("SELECT v FROM Venue v ORDER BY v.name", Venue.class).getResultList();
        return venues.stream().map(v -> new VenueView(v.id(), v.name(), halls(v.id()))).toList();
    }

    public VenueView venue(long venueId) {
        Venue venue = requireVenue(venueId, false);
        return new VenueView(venue.id(), venue.name(), halls(venueId));
    }

    public Optional<Venue> venueNamed(String name) {
        return em.createQuery("SELECT v FROM Venue v WHERE v.name = :name", Venue.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    public Venue createVenue(String name) {
        Venue venue = new Venue(checkName(name));
        requireFreeVenueName(venue.name(), null);
        em.persist(venue);
        em.flush();
        return venue;
    }

    public void renameVenue(long venueId, String name) {
        Venue venue = requireVenue(venueId, true);
        requireFreeVenueName(checkName(name), venueId);
        venue.rename(checkName(name));
    }

    /** Deletes a venue with its halls and their seats, unless a show was ever scheduled in one of them. */
    public void deleteVenue(long venueId) {
        requireVenue(venueId, true);
        for (HallView hall : halls(venueId)) {
            deleteHall(hall.id());
        }
        em.createNativeQuery("DELETE FROM venue WHERE id = ?1").setParameter(1, venueId).executeUpdate();
    }

    public Hall createHall(long venueId, String name) {
        requireVenue(venueId, true);
        Hall hall = new Hall(venueId, checkName(name));
        requireFreeHallName(venueId, hall.name(), null);
        em.persist(hall);
        em.flush();
        return hall;
    }

    public void renameHall(long hallId, String name) {
        Hall hall = requireHall(hallId);
        requireFreeHallName(hall.venueId(), checkName(name), hallId);
        hall.rename(checkName(name));
    }

    public void deleteHall(long hallId) {
        requireHall(hallId);
        Number shows = (Number) em.createNativeQuery("SELECT count(*) FROM show WHERE hall_id = ?1")
                .setParameter(1, hallId).getSingleResult();
        if (shows.longValue() > 0) {
            throw new DomainException(DomainException.Kind.CONFLICT, "hall-in-use", "Hall in use",
                    "Hall " + hallId + " has " + shows + " show(s); it cannot be deleted.", Map.of("shows", shows.longValue()));
        }
        em.createNativeQuery("DELETE FROM seat WHERE hall_id = ?1").setParameter(1, hallId).executeUpdate();
        em.createNativeQuery("DELETE FROM hall WHERE id = ?1").setParameter(1, hallId).executeUpdate();
    }

    public HallView hall(long hallId) {
        Hall hall = requireHall(hallId);
        return halls(hall.venueId()).stream().filter(h -> h.id() == hallId).findFirst().orElseThrow();
    }

    private List<HallView> halls(long venueId) {
        List<?> rows = em.createNativeQuery("""
                        SELECT h.id, h.venue_id, h.name, h.layout_version,
                               (SELECT count(*) FROM seat s WHERE s.hall_id = h.id AND s.layout_version = h.layout_version),
                               (SELECT count(*) FROM show sh WHERE sh.hall_id = h.id)
                        FROM hall h WHERE h.venue_id = ?1 ORDER BY h.name
                        """).setParameter(1, venueId).getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new HallView(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    ((Number) r[3]).intValue(), ((Number) r[4]).longValue(), ((Number) r[5]).longValue());
        }).toList();
    }

    private Venue requireVenue(long venueId, boolean lock) {
        Venue venue = lock ? em.find(Venue.class, venueId, LockModeType.PESSIMISTIC_WRITE) : em.find(Venue.class, venueId);
        if (venue == null) {
            throw new NotFound("venue", venueId);
        }
        return venue;
    }

    private Hall requireHall(long hallId) {
        Hall hall = em.find(Hall.class, hallId, LockModeType.PESSIMISTIC_WRITE);
        if (hall == null) {
            throw new NotFound("hall", hallId);
        }
        return hall;
    }

    private void requireFreeVenueName(String name, Long except) {
        List<Venue> same = em.createQuery("SELECT v FROM Venue v WHERE lower(v.name) = lower(:name)", Venue.class)
                .setParameter("name", name).getResultList();
        if (same.stream().anyMatch(v -> except == null || !v.id().equals(except))) {
            throw new DomainException(DomainException.Kind.CONFLICT, "name-taken", "Name taken",
                    "A venue called \"" + name + "\" already exists.");
        }
    }

    private void requireFreeHallName(long venueId, String name, Long except) {
        List<Hall> same = em.createQuery("SELECT h FROM Hall h WHERE h.venueId = :venue AND lower(h.name) = lower(:name)", Hall.class)
                .setParameter("venue", venueId).setParameter("name", name).getResultList();
        if (same.stream().anyMatch(h -> except == null || !h.id().equals(except))) {
            throw new DomainException(DomainException.Kind.CONFLICT, "name-taken", "Name taken",
                    "This venue already has a hall called \"" + name + "\".");
        }
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank() || name.trim().length() > 200) {
            throw new InvalidRequest("invalid-name", "A name has 1 to 200 characters.");
        }
        return name.trim();
    }
}
