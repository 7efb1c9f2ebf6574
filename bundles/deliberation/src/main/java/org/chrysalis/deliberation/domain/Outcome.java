package org.chrysalis.deliberation.domain;

/** What closing a vote came to. Only {@link #ADOPTED} decides the topic. */
public enum Outcome {
    ADOPTED,
    NO_QUORUM,
    TIE,
    NO_MAJORITY
}
