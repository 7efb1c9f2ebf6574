package org.chrysalis.grid.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * Converts grid boundaries between GeoJSON, as Jackson reads it into maps and lists, and JTS
 * geometries in WGS 84 (SRID 4326, x = longitude, y = latitude).
 */
public final class GeoJsonShapes {

    public static final int WGS84_SRID = 4326;

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), WGS84_SRID);

    private GeoJsonShapes() {
    }

    /** The factory every grid geometry is built with, so that shapes from anywhere compare alike. */
    public static GeometryFactory factory() {
        return FACTORY;
    }

    public static Point point(double latitude, double longitude) {
        return FACTORY.createPoint(new Coordinate(longitude, latitude));
    }

    /**
     * Builds a Polygon or MultiPolygon. The result is checked for validity because a self-intersecting
     * boundary would make later containment tests fail or answer wrongly.
     *
     * @throws IllegalArgumentException for another type, a malformed structure, coordinates out of range,
     *                                  open rings or an invalid shape
     */
    public static Geometry toGeometry(Map<String, ?> geoJson) {
        if (geoJson == null) {
            throw new IllegalArgumentException("GeoJSON geometry is required");
        }
        var type = geoJson.get("type");
        var coordinates = geoJson.get("coordinates");
        Geometry geometry;
        if ("Polygon".equals(type)) {
            geometry = polygon(coordinates, "coordinates");
        } else if ("MultiPolygon".equals(type)) {
            var polygons = list(coordinates, "coordinates");
            if (polygons.isEmpty()) {
                throw new IllegalArgumentException("coordinates: a MultiPolygon needs at least one polygon");
            }
            var parts = new Polygon[polygons.size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = polygon(polygons.get(i), "coordinates[" + i + "]");
            }
            geometry = FACTORY.createMultiPolygon(parts);
        } else {
            throw new IllegalArgumentException("GeoJSON type must be Polygon or MultiPolygon, not " + type);
        }
        var validity = new IsValidOp(geometry).getValidationError();
        if (validity != null) {
            throw new IllegalArgumentException("invalid " + type + ": " + validity.getMessage()
                    + " near " + validity.getCoordinate());
        }
        return geometry;
    }

    /** The GeoJSON form of a Polygon or MultiPolygon, as maps and lists ready for Jackson. */
    public static Map<String, Object> toGeoJson(Geometry geometry) {
        var json = new LinkedHashMap<String, Object>();
        if (geometry instanceof Polygon polygon) {
            json.put("type", "Polygon");
            json.put("coordinates", rings(polygon));
        } else if (geometry instanceof MultiPolygon multi) {
            var polygons = new ArrayList<Object>();
            for (int i = 0; i < multi.getNumGeometries(); i++) {
                polygons.add(rings((Polygon) multi.getGeometryN(i)));
            }
            json.put("type", "MultiPolygon");
            json.put("coordinates", polygons);
        } else {
            throw new IllegalArgumentException("only Polygon and MultiPolygon are grid boundaries, not "
                    + (geometry == null ? null : geometry.getGeometryType()));
        }
        return json;
    }

    private static List<Object> rings(Polygon polygon) {
        var rings = new ArrayList<Object>();
        rings.add(positions(polygon.getExteriorRing()));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(positions(polygon.getInteriorRingN(i)));
        }
        return rings;
    }

    private static List<Object> positions(LinearRing ring) {
        var positions = new ArrayList<Object>();
        for (var c : ring.getCoordinates()) {
            positions.add(List.of(c.getX(), c.getY()));
        }
        return positions;
    }

    private static Polygon polygon(Object value, String path) {
        var rings = list(value, path);
        if (rings.isEmpty()) {
            throw new IllegalArgumentException(path + ": a polygon needs an outer ring");
        }
        var shell = ring(rings.get(0), path + "[0]");
        var holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), path + "[" + i + "]");
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(Object value, String path) {
        var positions = list(value, path);
        if (positions.size() < 4) {
            throw new IllegalArgumentException(path + ": a ring needs at least 4 positions, has " + positions.size());
        }
        var coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = position(positions.get(i), path + "[" + i + "]");
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new IllegalArgumentException(path + ": a ring must end where it starts");
        }
        return FACTORY.createLinearRing(coordinates);
    }

    private static Coordinate position(Object value, String path) {
        var numbers = list(value, path);
        // a third number (altitude) is allowed by GeoJSON and of no use to a map of grids
        if (numbers.size() < 2 || !(numbers.get(0) instanceof Number lon) || !(numbers.get(1) instanceof Number lat)) {
            throw new IllegalArgumentException(path + ": a position is [longitude, latitude]");
        }
        double x = lon.doubleValue();
        double y = lat.doubleValue();
        if (!(x >= -180 && x <= 180) || !(y >= -90 && y <= 90)) {
            throw new IllegalArgumentException(path + ": out of range: [" + x + ", " + y + "]");
        }
        return new Coordinate(x, y);
    }

    private static List<?> list(Object value, String path) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(path + ": expected an array");
        }
        return list;
    }
}
