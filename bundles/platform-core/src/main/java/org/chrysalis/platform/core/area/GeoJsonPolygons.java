package org.chrysalis.platform.core.area;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chrysalis.platform.api.area.GeoPoint;
import org.chrysalis.platform.api.problem.FieldErrors;

/**
 * Reads GeoJSON Polygon and MultiPolygon geometries (RFC 7946) and computes their centroid. A
 * district is small enough for planar arithmetic on longitude and latitude.
 */
final class GeoJsonPolygons {

    private GeoJsonPolygons() {
    }

    /** The polygons of a geometry, each a list of rings, each ring a list of [lon, lat]. */
    static List<List<List<double[]>>> read(Map<String, Object> geometry, String field, FieldErrors errors) {
        Object type = geometry.get("type");
        Object coordinates = geometry.get("coordinates");
        List<List<List<double[]>>> polygons = new ArrayList<>();
        if ("Polygon".equals(type)) {
            polygon(coordinates, field + ".coordinates", errors, polygons);
        } else if ("MultiPolygon".equals(type) && coordinates instanceof List<?> list && !list.isEmpty()) {
            for (int i = 0; i < list.size(); i++) {
                polygon(list.get(i), field + ".coordinates[" + i + "]", errors, polygons);
            }
        } else if ("MultiPolygon".equals(type)) {
            errors.add(field + ".coordinates", "must be a non-empty array of polygons");
        } else {
            errors.add(field + ".type", "must be Polygon or MultiPolygon");
        }
        return polygons;
    }

    private static void polygon(Object value, String field, FieldErrors errors, List<List<List<double[]>>> out) {
        if (!(value instanceof List<?> rings) || rings.isEmpty()) {
            errors.add(field, "must be a non-empty array of linear rings");
            return;
        }
        List<List<double[]>> polygon = new ArrayList<>();
        for (int r = 0; r < rings.size(); r++) {
            List<double[]> ring = ring(rings.get(r), field + "[" + r + "]", errors);
            if (ring == null) {
                return;
            }
            polygon.add(ring);
        }
        out.add(polygon);
    }

    private static List<double[]> ring(Object value, String field, FieldErrors errors) {
        if (!(value instanceof List<?> positions) || positions.size() < 4) {
            errors.add(field, "must be a closed ring of at least 4 positions");
            return null;
        }
        List<double[]> ring = new ArrayList<>();
        for (Object position : positions) {
            if (!(position instanceof List<?> p) || p.size() < 2 || !(p.get(0) instanceof Number lon)
                    || !(p.get(1) instanceof Number lat) || Math.abs(lon.doubleValue()) > 180
                    || Math.abs(lat.doubleValue()) > 90) {
                errors.add(field, "positions must be [longitude, latitude] within range");
                return null;
            }
            ring.add(new double[] {lon.doubleValue(), lat.doubleValue()});
        }
        double[] first = ring.get(0);
        double[] last = ring.get(ring.size() - 1);
        if (first[0] != last[0] || first[1] != last[1]) {
            errors.add(field, "must end where it starts");
            return null;
        }
        return ring;
    }

    /** Area-weighted centroid of the outer rings; the mean of the vertices for degenerate shapes. */
    static GeoPoint centroid(List<List<List<double[]>>> polygons) {
        double area = 0;
        double x = 0;
        double y = 0;
        double sumX = 0;
        double sumY = 0;
        int count = 0;
        for (List<List<double[]>> polygon : polygons) {
            List<double[]> outer = polygon.get(0);
            for (int i = 0; i < outer.size() - 1; i++) {
                double[] a = outer.get(i);
                double[] b = outer.get(i + 1);
                double cross = a[0] * b[1] - b[0] * a[1];
                area += cross;
                x += (a[0] + b[0]) * cross;
                y += (a[1] + b[1]) * cross;
                sumX += a[0];
                sumY += a[1];
                count++;
            }
        }
        if (Math.abs(area) < 1e-12) {
            return point(sumX / count, sumY / count);
        }
        return point(x / (3 * area), y / (3 * area));
    }

    /** Seven decimals are about a centimetre: more would only show rounding noise. */
    private static GeoPoint point(double longitude, double latitude) {
        return new GeoPoint(Math.round(longitude * 1e7) / 1e7, Math.round(latitude * 1e7) / 1e7);
    }
}
