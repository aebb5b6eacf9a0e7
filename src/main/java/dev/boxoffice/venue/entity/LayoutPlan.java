package dev.boxoffice.venue.entity;

import dev.boxoffice.platform.InvalidRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a {@link LayoutSpec} into seats, checking every rule; no database involved. */
public final class LayoutPlan {

    public static final Set<String> CATEGORIES = Set.of("STANDARD", "PREMIUM", "WHEELCHAIR", "COMPANION");
    static final int MAX_ROWS = 200;
    static final int MAX_SEATS_PER_ROW = 200;

    private LayoutPlan() {
    }

    public static List<PlannedSeat> generate(LayoutSpec spec) {
        int rows = within(spec.rows(), 1, MAX_ROWS, "rows");
        int perRow = within(spec.seatsPerRow(), 1, MAX_SEATS_PER_ROW, "seats_per_row");
        List<String> labels = labels(spec.rowLabels(), rows);
        Set<Integer> aisles = new HashSet<>(spec.aislesAfter() == null ? List.of() : spec.aislesAfter());
        if (aisles.stream().anyMatch(a -> a == null || a < 1 || a >= perRow)) {
            throw new InvalidRequest("invalid-aisle", "aisles_after positions must be between 1 and " + (perRow - 1) + ".");
        }
        Set<String> gaps = gaps(spec.gaps(), labels, perRow);
        boolean rightToLeft = "right-to-left".equals(spec.numbering());
        if (spec.numbering() != null && !rightToLeft && !"left-to-right".equals(spec.numbering())) {
            throw new InvalidRequest("invalid-numbering", "numbering is left-to-right or right-to-left.");
        }
        Map<String, String> categories = categories(spec.categories(), labels);
        List<PlannedSeat> seats = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            String label = labels.get(r);
            List<Integer> positions = new ArrayList<>();
            for (int p = 1; p <= perRow; p++) {
                if (!gaps.contains(label + ":" + p)) {
                    positions.add(p);
                }
            }
            for (int i = 0; i < positions.size(); i++) {
                int position = positions.get(i);
                int number = rightToLeft ? positions.size() - i : i + 1;
                int column = position - 1 + (int) aisles.stream().filter(a -> a < position).count();
                String category = categories.getOrDefault(label + ":" + number, categories.getOrDefault(label, "STANDARD"));
                seats.add(new PlannedSeat(label, number, r, column, category));
            }
        }
        if (seats.isEmpty()) {
            throw new InvalidRequest("empty-layout", "The layout has no seats.");
        }
        return seats;
    }

    private static int within(Integer value, int min, int max, String field) {
        if (value == null || value < min || value > max) {
            throw new InvalidRequest("invalid-" + field.replace('_', '-'), field + " must be from " + min + " to " + max + ".");
        }
        return value;
    }

    private static List<String> labels(List<String> given, int rows) {
        if (given == null || given.isEmpty()) {
            List<String> labels = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                labels.add(r < 26 ? String.valueOf((char) ('A' + r))
                        : String.valueOf((char) ('A' + r / 26 - 1)) + (char) ('A' + r % 26));
            }
            return labels;
        }
        if (given.size() != rows || given.stream().anyMatch(l -> l == null || !l.matches("[A-Za-z0-9]{1,8}"))
                || new HashSet<>(given).size() != rows) {
            throw new InvalidRequest("invalid-row-labels", "row_labels needs " + rows + " distinct labels of 1 to 8 letters or digits.");
        }
        return given;
    }

    private static Set<String> gaps(List<LayoutSpec.Position> gaps, List<String> labels, int perRow) {
        Set<String> result = new HashSet<>();
        for (LayoutSpec.Position gap : gaps == null ? List.<LayoutSpec.Position>of() : gaps) {
            if (gap == null || !labels.contains(gap.row()) || gap.position() == null || gap.position() < 1 || gap.position() > perRow) {
                throw new InvalidRequest("invalid-gap", "Each gap needs an existing row and a position from 1 to " + perRow + ".");
            }
            result.add(gap.row() + ":" + gap.position());
        }
        return result;
    }

    /** Keys "ROW" (whole row) and "ROW:number" (one seat) to category. */
    private static Map<String, String> categories(List<LayoutSpec.CategoryRule> rules, List<String> labels) {
        Map<String, String> result = new HashMap<>();
        for (LayoutSpec.CategoryRule rule : rules == null ? List.<LayoutSpec.CategoryRule>of() : rules) {
            if (rule == null || rule.category() == null || !CATEGORIES.contains(rule.category().toUpperCase())
                    || rule.rows() == null || rule.rows().isEmpty() || !labels.containsAll(rule.rows())) {
                throw new InvalidRequest("invalid-category-rule",
                        "Each category rule needs existing rows and one of " + CATEGORIES + ".");
            }
            for (String row : rule.rows()) {
                if (rule.seats() == null || rule.seats().isEmpty()) {
                    result.put(row, rule.category().toUpperCase());
                } else {
                    rule.seats().forEach(n -> result.put(row + ":" + n, rule.category().toUpperCase()));
                }
            }
        }
        return result;
    }
}
