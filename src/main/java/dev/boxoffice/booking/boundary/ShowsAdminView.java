package dev.boxoffice.booking.boundary;

import dev.boxoffice.account.control.CurrentCaller;
import dev.boxoffice.booking.control.ShowCancellation;
import dev.boxoffice.platform.InvalidRequest;
import dev.boxoffice.platform.ShowsErrorsAsMessages;
import dev.boxoffice.show.control.ShowCatalog;
import dev.boxoffice.show.control.ShowScheduler;
import dev.boxoffice.show.entity.ShowSummary;
import dev.boxoffice.venue.control.VenueAdministration;
import dev.boxoffice.venue.entity.VenueView.HallView;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * admin/shows.xhtml: schedule a show in a hall (times in UTC, prices per category such as
 * "STANDARD=12.00 PREMIUM=16.50"), publish drafts, cancel shows.
 */
@Named
@ViewScoped
public class ShowsAdminView implements Serializable {

    @Inject
    ShowScheduler scheduler;
    @Inject
    ShowCatalog catalog;
    @Inject
    ShowCancellation cancellation;
    @Inject
    VenueAdministration venues;
    @Inject
    CurrentCaller caller;

    private Long hallId;
    private String title;
    private String startsAt;
    private Integer minutes = 120;
    private String prices = "STANDARD=12.00 PREMIUM=16.00";
    private boolean publish = true;
    private transient List<ShowSummary> shows;

    @ShowsErrorsAsMessages
    public void schedule() {
        Instant start = parseStart();
        scheduler.schedule(hallId == null ? -1 : hallId, title, start, start.plus(Duration.ofMinutes(minutes == null ? 0 : minutes)),
                parsePrices(), publish);
        done("Show scheduled", title);
        title = null;
    }

    @ShowsErrorsAsMessages
    public void publish(long showId) {
        scheduler.publish(showId);
        done("Show published", "");
    }

    @ShowsErrorsAsMessages
    public void cancel(long showId) {
        int bookings = cancellation.cancel(caller.require().id(), showId);
        done("Show cancelled", bookings + " booking(s) cancelled, all seats released.");
    }

    public List<ShowSummary> getShows() {
        if (shows == null) {
            shows = catalog.all();
        }
        return shows;
    }

    public List<HallView> getHalls() {
        return venues.venues().stream().flatMap(v -> v.halls().stream()).filter(h -> h.seats() > 0).toList();
    }

    private Instant parseStart() {
        try {
            return LocalDateTime.parse(startsAt.trim()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidRequest("invalid-start", "Give the start as 2026-12-31T20:00 (UTC).");
        }
    }

    private Map<String, Long> parsePrices() {
        Map<String, Long> result = new LinkedHashMap<>();
        for (String pair : prices == null ? new String[0] : prices.trim().split("[\\s,]+")) {
            String[] parts = pair.split("=");
            try {
                result.put(parts[0].trim().toUpperCase(), new BigDecimal(parts[1].trim()).movePointRight(2).longValueExact());
            } catch (RuntimeException e) {
                throw new InvalidRequest("invalid-price", "Write prices like STANDARD=12.00 PREMIUM=16.50: " + pair);
            }
        }
        return result;
    }

    private void done(String summary, String detail) {
        shows = null;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail));
    }

    public Long getHallId() {
        return hallId;
    }

    public void setHallId(Long hallId) {
        this.hallId = hallId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(String startsAt) {
        this.startsAt = startsAt;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getPrices() {
        return prices;
    }

    public void setPrices(String prices) {
        this.prices = prices;
    }

    public boolean isPublish() {
        return publish;
    }

    public void setPublish(boolean publish) {
        this.publish = publish;
    }
}
