package org.chrysalis.mediation.domain;

import java.util.Objects;

/** One accepted move of the lifecycle, kept whole so that history and audit record the same fact. */
public record Transition(DisputeStatus from, DisputeAction action, DisputeStatus to) {

    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(to, "to");
    }
}
