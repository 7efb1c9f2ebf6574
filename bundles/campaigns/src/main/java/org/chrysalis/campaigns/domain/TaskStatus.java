package org.chrysalis.campaigns.domain;

/**
 * Where a rectification task stands. A rejection sends it back to {@link #IN_RECTIFICATION}, so
 * there is no REJECTED status: the rejection is a step in the history. Overdue and escalated
 * are flags on top of the status, not statuses.
 */
public enum TaskStatus {
    OPEN,
    IN_RECTIFICATION,
    SUBMITTED,
    ACCEPTED;

    /** The responsible department still has to act, so its deadline runs. */
    public boolean withDepartment() {
        return this == OPEN || this == IN_RECTIFICATION;
    }
}
