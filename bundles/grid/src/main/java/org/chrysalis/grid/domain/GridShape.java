package org.chrysalis.grid.domain;

import java.util.Objects;

import org.chrysalis.platform.api.area.GeoPoint;
import org.locationtech.jts.geom.Geometry;

/**
 * A grid as placement sees it. A grid may still lack a drawn boundary, or even a centroid; it then
 * takes part only through what it has.
 *
 * @param boundary a Polygon or MultiPolygon in WGS 84, or null
 * @param centroid a representative point, or null
 */
public record GridShape(String code, Geometry boundary, GeoPoint centroid) {

    public GridShape {
        Objects.requireNonNull(code, "code");
    }

    /** A grid whose centroid is the geometric centroid of its boundary. */
    public static GridShape fromBoundary(String code, Geometry boundary) {
        var c = Objects.requireNonNull(boundary, "boundary").getCentroid();
        return new GridShape(code, boundary, new GeoPoint(c.getX(), c.getY()));
    }
}
