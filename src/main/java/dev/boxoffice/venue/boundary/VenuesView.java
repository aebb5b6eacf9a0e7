package dev.boxoffice.venue.boundary;

import dev.boxoffice.platform.ShowsErrorsAsMessages;
import dev.boxoffice.venue.control.VenueAdministration;
import dev.boxoffice.venue.entity.VenueView;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** admin/venues.xhtml: venues and halls, create, rename, delete. */
@Named
@ViewScoped
public class VenuesView implements Serializable {

    @Inject
    VenueAdministration venues;

    private String newVenueName;
    private final Map<Long, String> venueNames = new HashMap<>();
    private final Map<Long, String> hallNames = new HashMap<>();
    private final Map<Long, String> newHallNames = new HashMap<>();
    private transient List<VenueView> all;

    @ShowsErrorsAsMessages
    public void createVenue() {
        venues.createVenue(newVenueName);
        done("Venue created", newVenueName);
        newVenueName = null;
    }

    @ShowsErrorsAsMessages
    public void createHall(long venueId) {
        venues.createHall(venueId, newHallNames.get(venueId));
        done("Hall created", newHallNames.remove(venueId));
    }

    @ShowsErrorsAsMessages
    public void renameVenue(long venueId) {
        venues.renameVenue(venueId, venueNames.get(venueId));
        done("Venue renamed", venueNames.remove(venueId));
    }

    @ShowsErrorsAsMessages
    public void renameHall(long hallId) {
        venues.renameHall(hallId, hallNames.get(hallId));
        done("Hall renamed", hallNames.remove(hallId));
    }

    @ShowsErrorsAsMessages
    public void deleteVenue(long venueId) {
        venues.deleteVenue(venueId);
        done("Venue deleted", "");
    }

    @ShowsErrorsAsMessages
    public void deleteHall(long hallId) {
        venues.deleteHall(hallId);
        done("Hall deleted", "");
    }

    public List<VenueView> getVenues() {
        if (all == null) {
            all = venues.venues();
        }
        return all;
    }

    /** New names typed into the rows of the table, by venue id. */
    public Map<Long, String> getVenueNames() {
        return venueNames;
    }

    /** New names typed for halls, by hall id. */
    public Map<Long, String> getHallNames() {
        return hallNames;
    }

    /** Names of halls to create, by venue id. */
    public Map<Long, String> getNewHallNames() {
        return newHallNames;
    }

    private void done(String summary, String detail) {
        all = null;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail));
    }

    public String getNewVenueName() {
        return newVenueName;
    }

    public void setNewVenueName(String newVenueName) {
        this.newVenueName = newVenueName;
    }
}
