package org.chrysalis.parking.domain;

/** What happened to one observation of a batch. */
public enum ItemOutcome {
    /** Newer than what the spot had: it is the spot's state now (or was, until a newer item of the same batch). */
    APPLIED,
    /** Its event id was seen before: nothing changed. */
    DUPLICATE,
    /** Older than what the spot already had (out of order): nothing changed. */
    STALE,
    /** Malformed or for an unknown spot: see the errors. */
    REJECTED
}
