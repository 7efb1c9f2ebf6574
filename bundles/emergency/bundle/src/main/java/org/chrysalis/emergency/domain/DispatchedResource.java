package org.chrysalis.emergency.domain;

import java.time.Instant;
import java.util.Objects;

/** A resource as the alarm records it: which tier sent it and when. */
public record DispatchedResource(Tier tier, Instant at, Resource resource) {

    public DispatchedResource {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(resource, "resource");
    }
}
