package org.chrysalis.emergency.domain;

import java.time.Instant;
import java.util.Objects;

/** Who acknowledged or dispatched at which tier, and when. */
public record Responder(Tier tier, String actor, AlarmAction action, Instant at) {

    public Responder {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
    }
}
