package org.chrysalis.emergency.domain;

/** What a user (or, for {@link #ESCALATE_TIMEOUT}, only the platform) does to an alarm. */
public enum AlarmAction {
    ACKNOWLEDGE,
    DISPATCH,
    /** The current tier hands the alarm to the next tier before its window ends. */
    ESCALATE,
    CONTAIN,
    CLOSE,
    /** A false alarm. */
    CANCEL,
    /** System only: the current tier missed its window. */
    ESCALATE_TIMEOUT
}
