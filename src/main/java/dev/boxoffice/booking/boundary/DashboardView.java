package dev.boxoffice.booking.boundary;

import dev.boxoffice.booking.control.SalesReports;
import dev.boxoffice.booking.entity.SalesDashboard;
import dev.boxoffice.booking.entity.SeatHistoryEntry;
import dev.boxoffice.platform.Money;
import dev.boxoffice.show.control.ShowCatalog;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import java.io.Serializable;
import java.util.List;

/** admin/dashboard.xhtml: sold / held / free, revenue, sales over time (chart), occupancy heat map, seat history. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    /** Made once: each {@code Json.createArrayBuilder()} looks the JSON provider up with a ServiceLoader scan. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    @Inject
    SalesReports reports;
    @Inject
    ShowCatalog catalog;
    @Inject
    Money money;

    private Long showId;
    private Long seatId;
    private transient SalesDashboard dashboard;
    private transient List<SeatHistoryEntry> history;

    public void load() {
        if (showId == null) {
            throw new dev.boxoffice.platform.NotFound("show", "(none given)");
        }
        dashboard = reports.dashboard(showId, money.currency());
    }

    public void showHistory() {
        history = seatId == null ? List.of() : reports.seatHistory(showId, seatId);
    }

    public SalesDashboard getDashboard() {
        if (dashboard == null) {
            load();
        }
        return dashboard;
    }

    /** Chart.js configuration for p:chart: seats sold and revenue per hour. */
    public String getSalesChart() {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder seats = JSON.createArrayBuilder();
        JsonArrayBuilder revenue = JSON.createArrayBuilder();
        getDashboard().salesOverTime().forEach(point -> {
            labels.add(point.hour().toString().substring(0, 13).replace('T', ' ') + ":00");
            seats.add(point.seats());
            revenue.add(point.revenueCents() / 100.0);
        });
        return JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", JSON.createArrayBuilder()
                                .add(JSON.createObjectBuilder().add("label", "Seats sold").add("data", seats)
                                        .add("backgroundColor", "#1565c0").add("yAxisID", "y"))
                                .add(JSON.createObjectBuilder().add("label", "Revenue (" + money.currency() + ")")
                                        .add("data", revenue).add("type", "line").add("borderColor", "#2e7d32")
                                        .add("yAxisID", "y1"))))
                .add("options", JSON.createObjectBuilder()
                        .add("responsive", true)
                        .add("scales", JSON.createObjectBuilder()
                                .add("y", JSON.createObjectBuilder().add("beginAtZero", true).add("position", "left"))
                                .add("y1", JSON.createObjectBuilder().add("beginAtZero", true).add("position", "right"))))
                .build().toString();
    }

    /** The hall's seats and their states for the read-only heat map (same format as the seat map). */
    public String getHeatMapJson() {
        return SeatMapData.toJson(catalog.seatMapForAdmin(showId));
    }

    public List<SeatHistoryEntry> getHistory() {
        return history;
    }

    public Long getShowId() {
        return showId;
    }

    public void setShowId(Long showId) {
        this.showId = showId;
    }

    public Long getSeatId() {
        return seatId;
    }

    public void setSeatId(Long seatId) {
        this.seatId = seatId;
    }
}
