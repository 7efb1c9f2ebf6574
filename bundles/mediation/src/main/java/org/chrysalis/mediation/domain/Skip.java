package org.chrysalis.mediation.domain;

import java.util.Objects;

/** One mediator the rotation passed over, with the first rule they failed. */
public record Skip(String mediatorId, SkipReason reason) {

    public Skip {
        Objects.requireNonNull(mediatorId, "mediatorId");
        Objects.requireNonNull(reason, "reason");
    }
}
