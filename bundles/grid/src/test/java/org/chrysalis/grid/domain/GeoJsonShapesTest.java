package org.chrysalis.grid.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;
import static org.chrysalis.grid.domain.Shapes.rectangle;
import static org.chrysalis.grid.domain.Shapes.rectangleRing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class GeoJsonShapesTest {

    @Test
    void a_polygon_becomes_a_wgs84_jts_polygon_with_longitude_as_x() {
        var geometry = GeoJsonShapes.toGeometry(rectangle(10.0, 50.0, 10.02, 50.01));

        assertThat(geometry).isInstanceOf(Polygon.class);
        assertThat(geometry.getSRID()).isEqualTo(4326);
        assertThat(geometry.getEnvelopeInternal().getMinX()).isEqualTo(10.0);
        assertThat(geometry.getEnvelopeInternal().getMaxY()).isEqualTo(50.01);
        assertThat(geometry.getArea()).isCloseTo(0.0002, offset(1e-12));
    }

    @Test
    void integers_and_altitudes_are_accepted() {
        var ring = List.<Object>of(List.of(10, 50, 120), List.of(11, 50, 120), List.of(11, 51, 120),
                List.of(10, 50, 120));

        var geometry = GeoJsonShapes.toGeometry(Map.of("type", "Polygon", "coordinates", List.of(ring)));

        assertThat(geometry.getArea()).isEqualTo(0.5);
    }

    @Test
    void a_polygon_with_a_hole_keeps_the_hole() {
        var json = Map.<String, Object>of("type", "Polygon", "coordinates", List.of(
                rectangleRing(0, 0, 4, 4), rectangleRing(1, 1, 2, 2)));

        var polygon = (Polygon) GeoJsonShapes.toGeometry(json);

        assertThat(polygon.getNumInteriorRing()).isEqualTo(1);
        assertThat(polygon.getArea()).isEqualTo(15.0);
    }

    @Test
    void a_multipolygon_becomes_a_jts_multipolygon() {
        var geometry = GeoJsonShapes.toGeometry(Shapes.multi(rectangleRing(0, 0, 1, 1), rectangleRing(5, 5, 6, 6)));

        assertThat(geometry).isInstanceOf(MultiPolygon.class);
        assertThat(geometry.getNumGeometries()).isEqualTo(2);
        assertThat(geometry.getSRID()).isEqualTo(4326);
    }

    @Test
    void shapes_go_back_to_geojson_unchanged() {
        var polygon = rectangle(10.0, 50.0, 10.02, 50.01);
        var multi = Shapes.multi(rectangleRing(0, 0, 1, 1), rectangleRing(5, 5, 6, 6));

        assertThat(GeoJsonShapes.toGeoJson(GeoJsonShapes.toGeometry(polygon))).isEqualTo(polygon);
        assertThat(GeoJsonShapes.toGeoJson(GeoJsonShapes.toGeometry(multi)))
                .isEqualTo(Map.of("type", "MultiPolygon", "coordinates", List.of(
                        List.of(rectangleRing(0.0, 0.0, 1.0, 1.0)), List.of(rectangleRing(5.0, 5.0, 6.0, 6.0)))));
    }

    @Test
    void only_polygons_go_to_geojson() {
        assertThatThrownBy(() -> GeoJsonShapes.toGeoJson(GeoJsonShapes.point(50, 10)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> invalidShapes() {
        var openRing = List.<Object>of(List.of(0, 0), List.of(1, 0), List.of(1, 1), List.of(0, 1));
        var bowTie = List.<Object>of(List.of(0, 0), List.of(1, 1), List.of(1, 0), List.of(0, 1), List.of(0, 0));
        var outOfRange = rectangleRing(179, 0, 181, 1);
        var triangleTooShort = List.<Object>of(List.of(0, 0), List.of(1, 0), List.of(0, 0));
        var withNull = new HashMap<String, Object>();
        withNull.put("type", "Polygon");
        withNull.put("coordinates", null);
        return Stream.of(
                Arguments.of("a point", Map.of("type", "Point", "coordinates", List.of(1, 2))),
                Arguments.of("no type", Map.of("coordinates", List.of(rectangleRing(0, 0, 1, 1)))),
                Arguments.of("no coordinates", withNull),
                Arguments.of("coordinates not an array", Map.of("type", "Polygon", "coordinates", "0,0,1,1")),
                Arguments.of("no rings", Map.of("type", "Polygon", "coordinates", List.of())),
                Arguments.of("an open ring", Map.of("type", "Polygon", "coordinates", List.of(openRing))),
                Arguments.of("a ring too short", Map.of("type", "Polygon", "coordinates", List.of(triangleTooShort))),
                Arguments.of("a self-intersecting ring", Map.of("type", "Polygon", "coordinates", List.of(bowTie))),
                Arguments.of("longitude out of range", Map.of("type", "Polygon", "coordinates", List.of(outOfRange))),
                Arguments.of("a position of strings", Map.of("type", "Polygon", "coordinates", List.of(List.of(
                        List.of("0", "0"), List.of(1, 0), List.of(1, 1), List.of(0, 0))))),
                Arguments.of("a position with one number", Map.of("type", "Polygon", "coordinates", List.of(List.of(
                        List.of(0), List.of(1, 0), List.of(1, 1), List.of(0, 0))))),
                Arguments.of("an empty multipolygon", Map.of("type", "MultiPolygon", "coordinates", List.of())),
                Arguments.of("overlapping multipolygon parts",
                        Shapes.multi(rectangleRing(0, 0, 2, 2), rectangleRing(1, 1, 3, 3))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidShapes")
    void invalid_input_is_refused(String what, Map<String, Object> json) {
        assertThatThrownBy(() -> GeoJsonShapes.toGeometry(json)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void null_is_refused() {
        assertThatThrownBy(() -> GeoJsonShapes.toGeometry(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
