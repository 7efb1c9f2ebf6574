package org.chrysalis.grid.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class DistancesTest {

    @Test
    void one_degree_of_latitude_is_about_111195_meters() {
        assertThat(Distances.meters(0, 0, 1, 0)).isCloseTo(111_195, offset(1.0));
        assertThat(Distances.meters(45, 7, 46, 7)).isCloseTo(111_195, offset(1.0));
    }

    @Test
    void one_degree_of_longitude_shrinks_with_the_cosine_of_latitude() {
        assertThat(Distances.meters(60, 10, 60, 11)).isCloseTo(55_597, offset(1.0));
    }

    @Test
    void paris_to_london_is_about_343_km() {
        // Notre-Dame to Trafalgar Square
        assertThat(Distances.meters(48.8530, 2.3499, 51.5080, -0.1281)).isCloseTo(342_900, offset(1_000.0));
    }

    @Test
    void a_point_is_zero_from_itself_and_distance_is_symmetric() {
        assertThat(Distances.meters(31.23, 121.47, 31.23, 121.47)).isZero();
        assertThat(Distances.meters(31.23, 121.47, 39.90, 116.40))
                .isEqualTo(Distances.meters(39.90, 116.40, 31.23, 121.47));
    }

    @Test
    void antipodes_are_half_the_circumference_apart() {
        assertThat(Distances.meters(0, 0, 0, 180)).isCloseTo(Math.PI * 6_371_008.8, offset(0.01));
    }
}
