package org.chrysalis.parking.domain;

import java.time.Instant;

/** What a spot last reported: null {@code observedAt} means it never reported. */
public record SpotState(SpotStatus status, Instant observedAt, Long sequence, String eventId, long version) {

    public SpotState(SpotStatus status, Instant observedAt, Long sequence, String eventId) {
        this(status, observedAt, sequence, eventId, 0);
    }
}
