package org.chrysalis.grid.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.chrysalis.platform.api.area.GeoPoint;

/** Decides which grid an incident reported at a point belongs to. */
public final class GridPlacement {

    private GridPlacement() {
    }

    /**
     * The grid whose boundary covers the point (its edge included); among nested or overlapping grids the
     * smallest, being the most specific. Failing that, the grid with the nearest centroid within
     * {@code radiusMeters}, which catches reports just outside a drawn boundary or in grids not drawn yet.
     * Empty leaves the incident unassigned for a dispatcher to place. Ties go to the smaller code, so the
     * answer does not depend on the order of the list.
     *
     * @throws IllegalArgumentException for coordinates out of range or a negative radius
     */
    public static Optional<String> place(List<GridShape> grids, double latitude, double longitude,
                                         double radiusMeters) {
        var at = new GeoPoint(longitude, latitude);
        if (!(radiusMeters >= 0)) {
            throw new IllegalArgumentException("radius must be zero or more meters: " + radiusMeters);
        }
        var point = GeoJsonShapes.point(at.latitude(), at.longitude());
        var covering = grids.stream()
                .filter(g -> g.boundary() != null && g.boundary().covers(point))
                .min(Comparator.comparingDouble((GridShape g) -> g.boundary().getArea())
                        .thenComparing(GridShape::code));
        if (covering.isPresent()) {
            return covering.map(GridShape::code);
        }
        record Candidate(String code, double meters) {
        }
        return grids.stream()
                .filter(g -> g.centroid() != null)
                .map(g -> new Candidate(g.code(), Distances.meters(at.latitude(), at.longitude(),
                        g.centroid().latitude(), g.centroid().longitude())))
                .filter(c -> c.meters() <= radiusMeters)
                .min(Comparator.comparingDouble(Candidate::meters).thenComparing(Candidate::code))
                .map(Candidate::code);
    }
}
