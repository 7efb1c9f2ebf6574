package org.chrysalis.deliberation.domain;

import java.util.Objects;

/** One accepted move of the lifecycle, kept whole so that history and audit record the same fact. */
public record Transition(TopicStatus from, TopicAction action, TopicStatus to) {

    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(to, "to");
    }
}
