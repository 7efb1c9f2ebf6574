package org.chrysalis.grid.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;

import org.junit.jupiter.api.Test;

class DuplicateFinderTest {

    private static final double LAT = 31.2304;
    private static final double LON = 121.4737;
    /** About one meter of latitude, in degrees. */
    private static final double METER = 1 / 111_195.08;

    @Test
    void finds_open_incidents_of_the_same_category_nearest_first() {
        var open = List.of(
                new OpenIncident(1, "pothole", LAT + 40 * METER, LON),
                new OpenIncident(2, "pothole", LAT + 10 * METER, LON),
                new OpenIncident(3, "pothole", LAT - 25 * METER, LON));

        var duplicates = DuplicateFinder.candidates(open, "pothole", LAT, LON, 50);

        assertThat(duplicates).extracting(Duplicate::id).containsExactly(2L, 3L, 1L);
        assertThat(duplicates.get(0).distanceMeters()).isCloseTo(10, offset(0.01));
        assertThat(duplicates.get(1).distanceMeters()).isCloseTo(25, offset(0.01));
    }

    @Test
    void ignores_other_categories() {
        var open = List.of(
                new OpenIncident(1, "graffiti", LAT, LON),
                new OpenIncident(2, "pothole", LAT + 30 * METER, LON));

        assertThat(DuplicateFinder.candidates(open, "pothole", LAT, LON, 50)).extracting(Duplicate::id)
                .containsExactly(2L);
        assertThat(DuplicateFinder.candidates(open, "bins", LAT, LON, 50)).isEmpty();
    }

    @Test
    void the_radius_is_inclusive() {
        var incident = new OpenIncident(7, "pothole", LAT + 0.0004, LON + 0.0003);
        var meters = Distances.meters(LAT, LON, incident.latitude(), incident.longitude());

        assertThat(DuplicateFinder.candidates(List.of(incident), "pothole", LAT, LON, meters)).hasSize(1);
        assertThat(DuplicateFinder.candidates(List.of(incident), "pothole", LAT, LON, meters - 0.001)).isEmpty();
    }

    @Test
    void the_default_radius_is_50_meters() {
        var open = List.of(
                new OpenIncident(1, "pothole", LAT + 49 * METER, LON),
                new OpenIncident(2, "pothole", LAT + 51 * METER, LON));

        assertThat(DuplicateFinder.DEFAULT_RADIUS_METERS).isEqualTo(50);
        assertThat(DuplicateFinder.candidates(open, "pothole", LAT, LON)).extracting(Duplicate::id)
                .containsExactly(1L);
    }

    @Test
    void equally_near_incidents_are_listed_by_id() {
        var open = List.of(
                new OpenIncident(9, "pothole", LAT + 20 * METER, LON),
                new OpenIncident(4, "pothole", LAT + 20 * METER, LON),
                new OpenIncident(5, "pothole", LAT + 20 * METER, LON));

        assertThat(DuplicateFinder.candidates(open, "pothole", LAT, LON, 50)).extracting(Duplicate::id)
                .containsExactly(4L, 5L, 9L);
    }

    @Test
    void nothing_open_means_no_duplicates() {
        assertThat(DuplicateFinder.candidates(List.of(), "pothole", LAT, LON, 50)).isEmpty();
    }

    @Test
    void a_negative_radius_is_refused() {
        assertThatThrownBy(() -> DuplicateFinder.candidates(List.of(), "pothole", LAT, LON, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
