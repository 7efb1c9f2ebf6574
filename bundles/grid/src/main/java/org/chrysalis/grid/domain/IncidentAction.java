package org.chrysalis.grid.domain;

/** What a user (or, for {@link #ESCALATE}, the platform's scheduler) can do to an incident. */
public enum IncidentAction {
    ACCEPT,
    REJECT,
    DISPATCH,
    START,
    RESOLVE,
    VERIFY,
    REOPEN,
    CLOSE,
    MERGE,
    TRANSFER,
    /** Reserved to the scheduler through {@link IncidentLifecycle#escalate(IncidentStatus)}; no role may take it. */
    ESCALATE
}
