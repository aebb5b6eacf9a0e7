package dev.boxoffice.booking.entity;

import dev.boxoffice.platform.DomainException;
import java.util.Map;

public class HoldLimitExceeded extends DomainException {

    public HoldLimitExceeded(int limit, int alreadyHeld) {
        super(Kind.CONFLICT, "hold-limit-exceeded", "Hold limit exceeded",
                "You may hold at most " + limit + " seats of a show; you already hold " + alreadyHeld + ".",
                Map.of("limit", limit, "held", alreadyHeld));
    }
}
