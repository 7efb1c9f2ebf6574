package org.chrysalis.campaigns.domain;

import java.util.Objects;

/** One accepted move of the task lifecycle, kept whole so that history and audit record the same fact. */
public record Transition(TaskStatus from, TaskAction action, TaskStatus to) {

    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(to, "to");
    }
}
