package org.chrysalis.emergency.domain;

/** What a timeline entry records. */
public enum EventKind {
    RAISED,
    ACKNOWLEDGED,
    DISPATCHED,
    /** A tier handed the alarm on by hand. */
    ESCALATED,
    /** A tier missed its window and the platform handed the alarm on. */
    ESCALATED_ON_TIMEOUT,
    /** The last tier missed its window; recorded once. */
    OVERDUE,
    CONTAINED,
    CLOSED,
    CANCELLED
}
