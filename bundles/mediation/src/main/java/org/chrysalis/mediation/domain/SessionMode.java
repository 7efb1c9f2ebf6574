package org.chrysalis.mediation.domain;

/** How a mediation session is held. */
public enum SessionMode {
    IN_PERSON,
    ONLINE
}
