package dev.boxoffice.booking.boundary;

import dev.boxoffice.account.control.CurrentCaller;
import dev.boxoffice.account.entity.Caller;
import dev.boxoffice.booking.control.ChosenSeatHolds;
import dev.boxoffice.booking.control.SeatBookings;
import dev.boxoffice.booking.control.SeatHolds;
import dev.boxoffice.booking.entity.HoldDetails;
import dev.boxoffice.platform.NotFound;
import dev.boxoffice.platform.ShowsErrorsAsMessages;
import dev.boxoffice.show.control.ShowCatalog;
import dev.boxoffice.show.entity.SeatMap;
import dev.boxoffice.show.entity.ShowSummary;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * The seat map page. The grid itself is drawn in the browser from {@link #getSeatsJson()};
 * selecting seats is client-side, and Hold / Book / Release are ordinary Faces actions, each
 * one call of the booking control, after which the map data is reloaded.
 */
@Named("seatMap")
@ViewScoped
public class SeatMapView implements Serializable {

    @Inject
    ShowCatalog catalog;
    @Inject
    SeatHolds holds;
    @Inject
    ChosenSeatHolds chosenSeats;
    @Inject
    SeatBookings bookings;
    @Inject
    CurrentCaller caller;
    @Inject
    Clock clock;
    @Inject
    dev.boxoffice.platform.Money money;

    private Long showId;
    private Integer bestCount = 2;
    private String bestCategory;
    private String selection;
    private String bookedReference;
    /** The hold the page last showed: booking it after it expired must say so, not "nothing to book". */
    private Long shownHoldId;
    private transient SeatMap map;
    private transient HoldDetails hold;
    private boolean loaded;

    /** f:viewAction: an unknown show id is a 404 page, not an error. */
    public void load() {
        if (showId == null) {
            notFound();
            return;
        }
        try {
            refresh();
        } catch (NotFound e) {
            notFound();
        }
    }

    @ShowsErrorsAsMessages
    public void hold() {
        bookedReference = null;
        try {
            long callerId = requireCaller().id();
            List<Long> seatIds = selectedSeatIds();
            chosenSeats.hold(callerId, showId, seatIds);
            selection = "";
        } finally {
            refresh();
        }
    }

    /** Holds the best available adjacent seats (count, optional category) instead of picked ones. */
    @ShowsErrorsAsMessages
    public void holdBest() {
        bookedReference = null;
        try {
            holds.holdBest(requireCaller().id(), showId, bestCount == null ? 0 : bestCount,
                    bestCategory == null || bestCategory.isBlank() ? null : bestCategory);
            selection = "";
        } finally {
            refresh();
        }
    }

    @ShowsErrorsAsMessages
    public void book() {
        HoldDetails current = currentHold();
        Long holdId = current != null ? current.hold().id() : shownHoldId;
        if (holdId == null) {
            info("Nothing to book", "Hold seats first.");
            refresh();
            return;
        }
        try {
            bookedReference = bookings.bookHold(requireCaller().id(), holdId, null).details().booking().reference();
        } finally {
            refresh();
        }
    }

    @ShowsErrorsAsMessages
    public void release() {
        HoldDetails current = currentHold();
        try {
            if (current != null) {
                holds.release(requireCaller().id(), current.hold().id());
            }
        } finally {
            refresh();
        }
    }

    public ShowSummary getShow() {
        return map == null ? null : map.show();
    }

    public String getSeatsJson() {
        return map == null ? "[]" : SeatMapData.toJson(map.seats());
    }

    public boolean isHolding() {
        return hold != null;
    }

    public long getHoldExpiresAt() {
        return hold == null ? 0 : hold.hold().expiresAt().toEpochMilli();
    }

    public int getHeldSeatCount() {
        return hold == null ? 0 : hold.seatIds().size();
    }

    public long getServerNow() {
        return clock.millis();
    }

    private void refresh() {
        Long callerId = caller.id().orElse(null);
        map = catalog.seatMap(showId, callerId);
        hold = callerId == null ? null : holds.liveHoldOf(callerId, showId).orElse(null);
        shownHoldId = hold == null ? null : hold.hold().id();
        loaded = true;
    }

    private HoldDetails currentHold() {
        return caller.id().flatMap(id -> holds.liveHoldOf(id, showId)).orElse(null);
    }

    private Caller requireCaller() {
        return caller.require();
    }

    private List<Long> selectedSeatIds() {
        if (selection == null || selection.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(selection.split(",")).map(String::trim).map(Long::valueOf).toList();
        } catch (NumberFormatException e) {
            return List.of();
        }
    }

    private static void info(String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, summary, detail));
    }

    private static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().setResponseStatus(404);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Show not found", "There is no such show."));
    }

    public boolean isLoaded() {
        return loaded && map != null;
    }

    /** "Standard € 12.00 · Premium € 16.00" */
    public String getPriceList() {
        if (map == null) {
            return "";
        }
        return map.show().pricesCents().entrySet().stream()
                .map(e -> e.getKey().charAt(0) + e.getKey().substring(1).toLowerCase() + " " + money.format(e.getValue()))
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    public java.util.Set<String> getCategories() {
        return map == null ? java.util.Set.of() : map.show().pricesCents().keySet();
    }

    public Integer getBestCount() {
        return bestCount;
    }

    public void setBestCount(Integer bestCount) {
        this.bestCount = bestCount;
    }

    public String getBestCategory() {
        return bestCategory;
    }

    public void setBestCategory(String bestCategory) {
        this.bestCategory = bestCategory;
    }

    public Long getShowId() {
        return showId;
    }

    public void setShowId(Long showId) {
        this.showId = showId;
    }

    public String getSelection() {
        return selection;
    }

    public void setSelection(String selection) {
        this.selection = selection;
    }

    public String getBookedReference() {
        return bookedReference;
    }
}
