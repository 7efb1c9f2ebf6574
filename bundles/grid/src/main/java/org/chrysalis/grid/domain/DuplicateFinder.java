package org.chrysalis.grid.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Finds open incidents that a new report probably repeats, so a dispatcher can merge instead of dispatching twice. */
public final class DuplicateFinder {

    /** Close enough to be the same pothole or the same overflowing bin, far enough to absorb GPS error. */
    public static final double DEFAULT_RADIUS_METERS = 50;

    private DuplicateFinder() {
    }

    /**
     * The open incidents of the same category within {@code radiusMeters} (inclusive), nearest first;
     * equally near ones by id, oldest first.
     */
    public static List<Duplicate> candidates(List<OpenIncident> open, String category, double latitude,
                                             double longitude, double radiusMeters) {
        Objects.requireNonNull(category, "category");
        if (!(radiusMeters >= 0)) {
            throw new IllegalArgumentException("radius must be zero or more meters: " + radiusMeters);
        }
        return open.stream()
                .filter(incident -> category.equals(incident.category()))
                .map(incident -> new Duplicate(incident.id(),
                        Distances.meters(latitude, longitude, incident.latitude(), incident.longitude())))
                .filter(duplicate -> duplicate.distanceMeters() <= radiusMeters)
                .sorted(Comparator.comparingDouble(Duplicate::distanceMeters).thenComparingLong(Duplicate::id))
                .toList();
    }

    public static List<Duplicate> candidates(List<OpenIncident> open, String category, double latitude,
                                             double longitude) {
        return candidates(open, category, latitude, longitude, DEFAULT_RADIUS_METERS);
    }
}
