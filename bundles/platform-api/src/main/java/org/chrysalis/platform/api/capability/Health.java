package org.chrysalis.platform.api.capability;

import java.util.Map;

/** The health of one capability: UP or DOWN, with details an operator can read. */
public record Health(Status status, Map<String, Object> details) {

    public enum Status { UP, DOWN }

    public Health {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static Health up() {
        return new Health(Status.UP, Map.of());
    }

    public static Health up(Map<String, Object> details) {
        return new Health(Status.UP, details);
    }

    public static Health down(String reason) {
        return new Health(Status.DOWN, Map.of("reason", reason));
    }

    public boolean isUp() {
        return status == Status.UP;
    }
}
