package org.chrysalis.grid.domain;

/** Where an incident stands in its lifecycle; see {@link IncidentLifecycle} for the moves between them. */
public enum IncidentStatus {
    REPORTED,
    ACCEPTED,
    DISPATCHED,
    IN_PROGRESS,
    RESOLVED,
    VERIFIED,
    CLOSED,
    REJECTED,
    /** Overdue and raised to the dispatchers' attention; it continues from the status it was escalated from. */
    ESCALATED,
    /** The fix failed verification and the work starts again. */
    REOPENED,
    /** Folded into another incident that reports the same problem. */
    MERGED,
    /** Handed to another capability (mediation, campaigns), which owns it from then on. */
    TRANSFERRED;

    /** Terminal incidents accept no further action and never count as overdue. */
    public boolean isTerminal() {
        return this == CLOSED || this == REJECTED || this == MERGED || this == TRANSFERRED;
    }

    public boolean isOpen() {
        return !isTerminal();
    }
}
