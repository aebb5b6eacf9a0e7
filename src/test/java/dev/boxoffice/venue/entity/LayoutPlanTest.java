package dev.boxoffice.venue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.boxoffice.platform.InvalidRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutPlanTest {

    private static LayoutSpec rectangle(int rows, int seats) {
        return new LayoutSpec(rows, seats, null, null, null, null, null);
    }

    @Test
    void rowsAreLabelledAToZThenAAOnwards() {
        List<PlannedSeat> seats = LayoutPlan.generate(rectangle(28, 1));
        assertEquals("A", seats.get(0).row());
        assertEquals("Z", seats.get(25).row());
        assertEquals("AA", seats.get(26).row());
        assertEquals("AB", seats.get(27).row());
    }

    @Test
    void anAisleShiftsLaterSeatsByOneEmptyColumn() {
        List<PlannedSeat> row = LayoutPlan.generate(new LayoutSpec(1, 4, null, null, List.of(2), null, null));
        assertEquals(List.of(0, 1, 3, 4), row.stream().map(PlannedSeat::gridCol).toList());
        assertEquals(List.of(1, 2, 3, 4), row.stream().map(PlannedSeat::number).toList());
    }

    @Test
    void gapsRemoveSeatsAndNumbersStayConsecutive() {
        List<PlannedSeat> row = LayoutPlan.generate(new LayoutSpec(1, 4, null, null, null,
                List.of(new LayoutSpec.Position("A", 2)), null));
        assertEquals(List.of(0, 2, 3), row.stream().map(PlannedSeat::gridCol).toList());
        assertEquals(List.of(1, 2, 3), row.stream().map(PlannedSeat::number).toList());
    }

    @Test
    void rightToLeftNumberingStartsAtTheRight() {
        List<PlannedSeat> row = LayoutPlan.generate(new LayoutSpec(1, 3, null, "right-to-left", null, null, null));
        assertEquals(List.of(3, 2, 1), row.stream().map(PlannedSeat::number).toList());
    }

    @Test
    void seatRulesOverrideRowRules() {
        List<PlannedSeat> seats = LayoutPlan.generate(new LayoutSpec(2, 3, null, null, null, null, List.of(
                new LayoutSpec.CategoryRule(List.of("B"), null, "premium"),
                new LayoutSpec.CategoryRule(List.of("B"), List.of(1), "WHEELCHAIR"))));
        assertEquals(List.of("STANDARD", "STANDARD", "STANDARD", "WHEELCHAIR", "PREMIUM", "PREMIUM"),
                seats.stream().map(PlannedSeat::category).toList());
    }

    @Test
    void impossibleSpecsAreRefused() {
        assertThrows(InvalidRequest.class, () -> LayoutPlan.generate(rectangle(0, 5)));
        assertThrows(InvalidRequest.class, () -> LayoutPlan.generate(rectangle(201, 5)));
        assertThrows(InvalidRequest.class, () -> LayoutPlan.generate(new LayoutSpec(1, 4, null, null, List.of(4), null, null)));
        assertThrows(InvalidRequest.class, () -> LayoutPlan.generate(new LayoutSpec(2, 4, List.of("A", "A"), null, null, null, null)));
        assertThrows(InvalidRequest.class, () -> LayoutPlan.generate(new LayoutSpec(1, 4, null, "zigzag", null, null, null)));
        assertThrows(InvalidRequest.class, () -> LayoutPlan.generate(new LayoutSpec(1, 1, null, null, null,
                List.of(new LayoutSpec.Position("A", 1)), null)));
        assertThrows(InvalidRequest.class, () -> LayoutPlan.generate(new LayoutSpec(1, 4, null, null, null, null,
                List.of(new LayoutSpec.CategoryRule(List.of("Q"), null, "PREMIUM")))));
    }
}
