package org.chrysalis.emergency.domain;

/** Where an alarm is, always relative to its current tier. */
public enum AlarmStatus {
    /** Waiting for the current tier to acknowledge. */
    RAISED,
    /** The current tier has seen it and must now dispatch. */
    ACKNOWLEDGED,
    /** The current tier has sent resources: its window is met, no automatic escalation any more. */
    DISPATCHED,
    CONTAINED,
    CLOSED,
    /** A false alarm. */
    CANCELLED;

    public boolean isTerminal() {
        return this == CLOSED || this == CANCELLED;
    }

    /** The current tier still owes a dispatch, so its clock runs. */
    public boolean awaitsDispatch() {
        return this == RAISED || this == ACKNOWLEDGED;
    }
}
