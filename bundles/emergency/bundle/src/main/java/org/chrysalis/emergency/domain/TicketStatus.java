package org.chrysalis.emergency.domain;

/** Where a ticket stands. Replace with your programme's own states. */
public enum TicketStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED
}
