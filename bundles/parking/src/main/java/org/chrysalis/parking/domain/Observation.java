package org.chrysalis.parking.domain;

import java.time.Instant;

/**
 * One occupancy report of a sensor. Observations of a spot are ordered by {@code observedAt},
 * then by the device's {@code sequence} (absent counts as lowest), so a late, older report never
 * overwrites a newer one.
 */
public record Observation(String eventId, String spotId, SpotStatus status, Instant observedAt, String deviceId,
                          Long sequence) {

    public boolean isNewerThan(SpotState current) {
        if (current == null || current.observedAt() == null) {
            return true;
        }
        int byTime = observedAt.compareTo(current.observedAt());
        if (byTime != 0) {
            return byTime > 0;
        }
        return seq(sequence) > seq(current.sequence());
    }

    boolean isNewerThan(Observation other) {
        return isNewerThan(new SpotState(other.status, other.observedAt, other.sequence, other.eventId));
    }

    private static long seq(Long value) {
        return value == null ? Long.MIN_VALUE : value;
    }
}
