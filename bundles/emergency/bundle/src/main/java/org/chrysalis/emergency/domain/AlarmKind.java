package org.chrysalis.emergency.domain;

/** What happened at the enterprise. */
public enum AlarmKind {
    FIRE,
    LEAK,
    EXPLOSION,
    POISONING,
    OTHER
}
