package org.chrysalis.grid.domain;

import java.util.List;
import java.util.Map;

/** GeoJSON fixtures as Jackson would read them: maps, lists and numbers. */
final class Shapes {

    private Shapes() {
    }

    /** The closed ring of an axis-aligned rectangle, counter-clockwise as GeoJSON prefers. */
    static List<Object> rectangleRing(double west, double south, double east, double north) {
        return List.of(List.of(west, south), List.of(east, south), List.of(east, north), List.of(west, north),
                List.of(west, south));
    }

    static Map<String, Object> rectangle(double west, double south, double east, double north) {
        return Map.of("type", "Polygon", "coordinates", List.of(rectangleRing(west, south, east, north)));
    }

    static Map<String, Object> multi(List<Object> firstRing, List<Object> secondRing) {
        return Map.of("type", "MultiPolygon", "coordinates", List.of(List.of(firstRing), List.of(secondRing)));
    }
}
