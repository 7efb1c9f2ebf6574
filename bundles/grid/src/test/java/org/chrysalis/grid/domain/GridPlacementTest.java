package org.chrysalis.grid.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;
import static org.chrysalis.grid.domain.Shapes.rectangle;
import static org.chrysalis.grid.domain.Shapes.rectangleRing;

import java.util.List;

import org.chrysalis.platform.api.area.GeoPoint;
import org.junit.jupiter.api.Test;

/**
 * A district of about 720 x 1,110 m with a small nested block, a grid known only by its centroid
 * 1.1 km to the north, and a grid in two separate pieces to the east.
 */
class GridPlacementTest {

    private static final GridShape DISTRICT = GridShape.fromBoundary("district",
            GeoJsonShapes.toGeometry(rectangle(10.000, 50.000, 10.010, 50.010)));
    private static final GridShape BLOCK = GridShape.fromBoundary("block",
            GeoJsonShapes.toGeometry(rectangle(10.002, 50.002, 10.004, 50.004)));
    private static final GridShape UNDRAWN = new GridShape("undrawn", null, new GeoPoint(10.005, 50.020));
    private static final GridShape ISLANDS = GridShape.fromBoundary("islands", GeoJsonShapes.toGeometry(
            Shapes.multi(rectangleRing(11.000, 50.000, 11.010, 50.010), rectangleRing(11.100, 50.000, 11.110, 50.010))));
    private static final GridShape NOTHING_YET = new GridShape("nothing-yet", null, null);

    private static final List<GridShape> GRIDS = List.of(NOTHING_YET, DISTRICT, BLOCK, UNDRAWN, ISLANDS);

    @Test
    void a_point_inside_a_grid_belongs_to_it() {
        assertThat(GridPlacement.place(GRIDS, 50.008, 10.008, 0)).contains("district");
    }

    @Test
    void a_point_on_the_boundary_counts_as_inside() {
        assertThat(GridPlacement.place(GRIDS, 50.000, 10.005, 0)).contains("district");
        assertThat(GridPlacement.place(GRIDS, 50.010, 10.010, 0)).contains("district");
    }

    @Test
    void a_point_inside_nested_grids_belongs_to_the_smallest() {
        assertThat(GridPlacement.place(GRIDS, 50.003, 10.003, 0)).contains("block");
        assertThat(GridPlacement.place(List.of(BLOCK, DISTRICT), 50.003, 10.003, 0)).contains("block");
        assertThat(GridPlacement.place(List.of(DISTRICT, BLOCK), 50.003, 10.003, 0)).contains("block");
    }

    @Test
    void containment_wins_over_a_nearer_centroid() {
        // just inside the district's north edge, 1,000 m from its centroid and 1,110 m from the undrawn grid's
        assertThat(GridPlacement.place(GRIDS, 50.0099, 10.005, 5_000)).contains("district");
    }

    @Test
    void a_point_outside_every_boundary_goes_to_the_nearest_centroid_within_the_radius() {
        // 278 m from the undrawn grid's centroid, 834 m from the district's
        assertThat(GridPlacement.place(GRIDS, 50.0175, 10.005, 500)).contains("undrawn");
        assertThat(GridPlacement.place(GRIDS, 50.0175, 10.005, 5_000)).contains("undrawn");
        assertThat(GridPlacement.place(List.of(DISTRICT), 50.0125, 10.005, 1_000)).contains("district");
    }

    @Test
    void a_point_too_far_from_every_centroid_stays_unassigned() {
        assertThat(GridPlacement.place(GRIDS, 50.0175, 10.005, 250)).isEmpty();
        assertThat(GridPlacement.place(GRIDS, 40.0, 10.0, 10_000)).isEmpty();
        assertThat(GridPlacement.place(List.of(), 50.005, 10.005, 10_000)).isEmpty();
    }

    @Test
    void the_radius_is_inclusive() {
        var meters = Distances.meters(50.0175, 10.005, 50.020, 10.005);

        assertThat(GridPlacement.place(List.of(UNDRAWN), 50.0175, 10.005, meters)).contains("undrawn");
        assertThat(GridPlacement.place(List.of(UNDRAWN), 50.0175, 10.005, meters - 0.01)).isEmpty();
    }

    @Test
    void a_multipolygon_grid_covers_each_of_its_pieces_but_not_the_gap() {
        assertThat(GridPlacement.place(GRIDS, 50.005, 11.005, 0)).contains("islands");
        assertThat(GridPlacement.place(GRIDS, 50.005, 11.105, 0)).contains("islands");
        assertThat(GridPlacement.place(GRIDS, 50.005, 11.050, 0)).isEmpty();
    }

    @Test
    void equally_good_grids_are_decided_by_code_not_by_list_order() {
        var twinA = new GridShape("a", null, new GeoPoint(10.0, 50.001));
        var twinB = new GridShape("b", null, new GeoPoint(10.0, 49.999));

        assertThat(GridPlacement.place(List.of(twinB, twinA), 50.0, 10.0, 500)).contains("a");
        assertThat(GridPlacement.place(List.of(twinA, twinB), 50.0, 10.0, 500)).contains("a");
    }

    @Test
    void a_derived_centroid_lies_in_the_middle_of_the_boundary() {
        assertThat(DISTRICT.centroid().longitude()).isCloseTo(10.005, offset(1e-9));
        assertThat(DISTRICT.centroid().latitude()).isCloseTo(50.005, offset(1e-9));
    }

    @Test
    void coordinates_out_of_range_and_negative_radii_are_refused() {
        assertThatThrownBy(() -> GridPlacement.place(GRIDS, 91, 10, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GridPlacement.place(GRIDS, 50, 181, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GridPlacement.place(GRIDS, 50, 10, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GridPlacement.place(GRIDS, Double.NaN, 10, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
