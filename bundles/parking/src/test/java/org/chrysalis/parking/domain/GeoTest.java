package org.chrysalis.parking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class GeoTest {

    private record Place(String id, double lat, double lon) {
    }

    @Test
    void distancesMatchKnownValues() {
        // one degree of latitude is about 111.2 km anywhere
        assertThat(Geo.distanceMeters(36.0, 103.6, 37.0, 103.6)).isCloseTo(111_195, within(50.0));
        // one degree of longitude at 36.45 N is about 89.4 km
        assertThat(Geo.distanceMeters(36.45, 103.0, 36.45, 104.0)).isCloseTo(89_450, within(200.0));
        assertThat(Geo.distanceMeters(36.45, 103.63, 36.45, 103.63)).isZero();
    }

    @Test
    void nearbyPlacesAreFilteredByRadiusAndSortedByDistance() {
        List<Place> places = List.of(new Place("far", 36.55, 103.63), new Place("near", 36.451, 103.63),
                new Place("mid", 36.46, 103.63), new Place("tie", 36.451, 103.63));
        var found = Geo.within(places, 36.45, 103.63, 2000, Place::lat, Place::lon, Place::id);
        assertThat(found).extracting(n -> n.place().id()).containsExactly("near", "tie", "mid");
        assertThat(found.get(0).distanceMeters()).isCloseTo(111, within(1.0));
        assertThat(Geo.within(places, 36.45, 103.63, 50, Place::lat, Place::lon, Place::id)).isEmpty();
    }

    @Test
    void theBoundingBoxCoversTheRadius() {
        double[] box = Geo.boundingBox(36.45, 103.63, 1000);
        assertThat(Geo.distanceMeters(36.45, 103.63, box[1], 103.63)).isCloseTo(1000, within(1.0));
        assertThat(Geo.distanceMeters(36.45, 103.63, 36.45, box[3])).isGreaterThanOrEqualTo(999.0);
        assertThat(box[0]).isLessThan(36.45);
        assertThat(box[2]).isLessThan(103.63);
    }
}
