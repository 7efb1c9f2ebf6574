package org.chrysalis.grid.domain;

import java.util.Objects;

/** One accepted move of the lifecycle, kept whole so that history, audit and points see the same fact. */
public record Transition(IncidentStatus from, IncidentAction action, IncidentStatus to) {

    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(to, "to");
    }
}
