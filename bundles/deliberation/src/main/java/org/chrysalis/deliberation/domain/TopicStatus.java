package org.chrysalis.deliberation.domain;

/** Where a topic stands, from a villager's draft to a completed resolution. */
public enum TopicStatus {
    DRAFT,
    COLLECTING,
    ON_AGENDA,
    IN_DELIBERATION,
    VOTING,
    DECIDED,
    IN_NOTICE,
    IMPLEMENTING,
    COMPLETED,
    DECLINED,
    WITHDRAWN,
    EXPIRED;

    public boolean isTerminal() {
        return this == COMPLETED || this == DECLINED || this == WITHDRAWN || this == EXPIRED;
    }

    /** The topic made it onto the agenda at some point (the statistics count these). */
    public boolean reachedAgenda() {
        return ordinal() >= ON_AGENDA.ordinal() && ordinal() <= COMPLETED.ordinal();
    }

    /** A vote decided the topic (it may have been sent back by an objection since). */
    public boolean isDecided() {
        return ordinal() >= DECIDED.ordinal() && ordinal() <= COMPLETED.ordinal();
    }
}
