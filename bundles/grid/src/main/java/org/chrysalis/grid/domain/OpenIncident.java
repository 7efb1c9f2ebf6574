package org.chrysalis.grid.domain;

/** An open incident as the duplicate search needs it. */
public record OpenIncident(long id, String category, double latitude, double longitude) {
}
