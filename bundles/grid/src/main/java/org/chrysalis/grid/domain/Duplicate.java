package org.chrysalis.grid.domain;

/** An open incident that may report the same problem as a new report, and how far from it it lies. */
public record Duplicate(long id, double distanceMeters) {
}
