package org.chrysalis.emergency.domain;

import java.time.Instant;
import java.util.Objects;

/** One line of an alarm's history; {@code tier} is the tier the event happened at. */
public record TimelineEntry(Instant at, Tier tier, String actor, EventKind kind, String note) {

    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
    }
}
