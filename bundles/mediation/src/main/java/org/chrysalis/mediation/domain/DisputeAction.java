package org.chrysalis.mediation.domain;

/** What a user (or, for {@link #EXPIRE}, the scheduler) does to a dispute. */
public enum DisputeAction {
    ACCEPT,
    DECLINE,
    /** Taken by the service once the rotation has picked a mediator. */
    ASSIGN,
    /** A new mediator, at a party's request; the service limits it to once per dispute. */
    REASSIGN,
    START,
    SCHEDULE_SESSION,
    EXTEND,
    AGREE,
    FAIL,
    CONFIRM,
    FULFIL,
    DEFAULT,
    REFER,
    WITHDRAW,
    /** Only the scheduler expires a dispute, through {@link DisputeLifecycle#expire}. */
    EXPIRE
}
