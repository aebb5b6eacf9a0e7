package dev.boxoffice.venue.boundary;

import dev.boxoffice.platform.InvalidRequest;
import dev.boxoffice.platform.ShowsErrorsAsMessages;
import dev.boxoffice.venue.control.HallLayouts;
import dev.boxoffice.venue.control.VenueAdministration;
import dev.boxoffice.venue.entity.LayoutPlan;
import dev.boxoffice.venue.entity.LayoutSpec;
import dev.boxoffice.venue.entity.PlannedSeat;
import dev.boxoffice.venue.entity.VenueView.HallView;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * admin/layout.xhtml: generate a hall's seats from rows x seats, aisles, gaps, categories,
 * labels and numbering; preview the grid; save it as the layout for new shows.
 * Gaps are written like "A1 C5" (row label + position from the left); category rules one per
 * line like "D: PREMIUM" or "J 1 2: WHEELCHAIR".
 */
@Named
@ViewScoped
public class LayoutEditorView implements Serializable {

    /** Made once: each {@code Json.createArrayBuilder()} looks the JSON provider up with a ServiceLoader scan. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    @Inject
    HallLayouts layouts;
    @Inject
    VenueAdministration venues;

    private Long hallId;
    private Integer rows = 10;
    private Integer seatsPerRow = 20;
    private String rowLabels;
    private String numbering = "left-to-right";
    private String aislesAfter;
    private String gaps;
    private String categoryRules;
    private String previewJson = "[]";
    private int previewCount;
    private transient HallView hall;

    public void load() {
        List<PlannedSeat> current = layouts.currentLayout(hallId);
        show(current);
    }

    @ShowsErrorsAsMessages
    public void preview() {
        show(LayoutPlan.generate(spec()));
    }

    @ShowsErrorsAsMessages
    public void save() {
        List<PlannedSeat> seats = layouts.replaceLayout(hallId, spec());
        show(seats);
        hall = null;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Layout saved",
                seats.size() + " seats. Shows created from now on use this layout; existing shows keep theirs."));
    }

    private void show(List<PlannedSeat> seats) {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        seats.forEach(s -> all.add(JSON.createArrayBuilder().add(s.row()).add(s.number()).add(s.gridRow()).add(s.gridCol())
                .add(s.category().toLowerCase())));
        previewJson = all.build().toString();
        previewCount = seats.size();
    }

    LayoutSpec spec() {
        return new LayoutSpec(rows, seatsPerRow, words(rowLabels), numbering, numbers(aislesAfter), gapList(), rules());
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? null : Arrays.stream(text.trim().split("[\\s,]+")).toList();
    }

    private static List<Integer> numbers(String text) {
        List<String> words = words(text);
        try {
            return words == null ? null : words.stream().map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new InvalidRequest("invalid-number", "Use whole numbers separated by spaces or commas: " + text);
        }
    }

    private List<LayoutSpec.Position> gapList() {
        List<LayoutSpec.Position> result = new ArrayList<>();
        for (String gap : words(gaps) == null ? List.<String>of() : words(gaps)) {
            var match = java.util.regex.Pattern.compile("([A-Za-z]+)(\\d+)").matcher(gap);
            if (!match.matches()) {
                throw new InvalidRequest("invalid-gap", "Write gaps as row and position, like A1 or CC12: " + gap);
            }
            result.add(new LayoutSpec.Position(match.group(1), Integer.valueOf(match.group(2))));
        }
        return result;
    }

    private List<LayoutSpec.CategoryRule> rules() {
        List<LayoutSpec.CategoryRule> result = new ArrayList<>();
        if (categoryRules == null) {
            return result;
        }
        for (String line : categoryRules.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(":");
            if (parts.length != 2 || words(parts[0]) == null) {
                throw new InvalidRequest("invalid-category-rule", "Write rules like \"D: PREMIUM\" or \"J 1 2: WHEELCHAIR\": " + line);
            }
            List<String> target = words(parts[0]);
            result.add(new LayoutSpec.CategoryRule(List.of(target.get(0)),
                    numbers(String.join(" ", target.subList(1, target.size()))), parts[1].trim().toUpperCase()));
        }
        return result;
    }

    public HallView getHall() {
        if (hall == null && hallId != null) {
            hall = venues.hall(hallId);
        }
        return hall;
    }

    public String getPreviewJson() {
        return previewJson;
    }

    public int getPreviewCount() {
        return previewCount;
    }

    public Long getHallId() {
        return hallId;
    }

    public void setHallId(Long hallId) {
        this.hallId = hallId;
    }

    public Integer getRows() {
        return rows;
    }

    public void setRows(Integer rows) {
        this.rows = rows;
    }

    public Integer getSeatsPerRow() {
        return seatsPerRow;
    }

    public void setSeatsPerRow(Integer seatsPerRow) {
        this.seatsPerRow = seatsPerRow;
    }

    public String getRowLabels() {
        return rowLabels;
    }

    public void setRowLabels(String rowLabels) {
        this.rowLabels = rowLabels;
    }

    public String getNumbering() {
        return numbering;
    }

    public void setNumbering(String numbering) {
        this.numbering = numbering;
    }

    public String getAislesAfter() {
        return aislesAfter;
    }

    public void setAislesAfter(String aislesAfter) {
        this.aislesAfter = aislesAfter;
    }

    public String getGaps() {
        return gaps;
    }

    public void setGaps(String gaps) {
        this.gaps = gaps;
    }

    public String getCategoryRules() {
        return categoryRules;
    }

    public void setCategoryRules(String categoryRules) {
        this.categoryRules = categoryRules;
    }
}
