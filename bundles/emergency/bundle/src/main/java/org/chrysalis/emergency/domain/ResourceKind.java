package org.chrysalis.emergency.domain;

/** What a tier sends. */
public enum ResourceKind {
    TEAM,
    VEHICLE,
    MATERIAL
}
