package org.chrysalis.platform.core.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chrysalis.platform.api.area.Area;
import org.chrysalis.platform.api.area.AreaLevel;
import org.chrysalis.platform.api.area.GeoPoint;
import org.chrysalis.platform.api.problem.ProblemException;
import org.junit.jupiter.api.Test;

class AreaRulesTest {

    private static final Area ROOT = new Area("LZ", "兰州新区", AreaLevel.NEW_AREA, null, null, null);
    private static final Area TOWN = new Area("QC", "秦川镇", AreaLevel.TOWN, "LZ", null, null);

    private static Map<String, Object> square(double x, double y, double side) {
        return Map.of("type", "Polygon", "coordinates", List.of(List.of(
                List.of(x, y), List.of(x + side, y), List.of(x + side, y + side), List.of(x, y + side), List.of(x, y))));
    }

    @Test
    void theRootHasNoParent() {
        assertThat(AreaRules.validateNew(ROOT, Optional.empty())).isEqualTo(ROOT);
        assertThat(fields(() -> AreaRules.validateNew(
                new Area("X", "x", AreaLevel.NEW_AREA, "LZ", null, null), Optional.of(ROOT)))).containsExactly("parentCode");
    }

    @Test
    void levelsNestOneStepAtATime() {
        assertThat(AreaRules.validateNew(TOWN, Optional.of(ROOT))).isEqualTo(TOWN);
        Area village = new Area("V", "一村", AreaLevel.VILLAGE, "QC", null, null);
        assertThat(AreaRules.validateNew(village, Optional.of(TOWN))).isEqualTo(village);
        assertThat(fields(() -> AreaRules.validateNew(village, Optional.of(ROOT)))).containsExactly("parentCode");
        assertThat(fields(() -> AreaRules.validateNew(TOWN, Optional.empty()))).containsExactly("parentCode");
    }

    @Test
    void everyInvalidFieldIsReported() {
        Area bad = new Area("bad code!", "", null, null, Map.of("type", "Point", "coordinates", List.of(1, 2)), null);
        assertThat(fields(() -> AreaRules.validateNew(bad, Optional.empty())))
                .containsExactlyInAnyOrder("code", "level", "name", "boundary.type");
    }

    @Test
    void ringsMustBeClosedAndInRange() {
        Map<String, Object> open = Map.of("type", "Polygon", "coordinates",
                List.of(List.of(List.of(0, 0), List.of(1, 0), List.of(1, 1), List.of(0, 1))));
        Map<String, Object> outOfRange = square(179.5, 10, 1);
        assertThat(fields(() -> AreaRules.validateNew(withBoundary(open), Optional.empty())))
                .containsExactly("boundary.coordinates[0]");
        assertThat(fields(() -> AreaRules.validateNew(withBoundary(outOfRange), Optional.empty())))
                .containsExactly("boundary.coordinates[0]");
    }

    @Test
    void theCentroidIsDerivedFromTheBoundary() {
        Area area = AreaRules.validateNew(withBoundary(square(103.6, 36.4, 0.2)), Optional.empty());
        assertThat(area.centroid()).isEqualTo(new GeoPoint(103.7, 36.5));
    }

    @Test
    void multiPolygonsWeighTheirParts() {
        Map<String, Object> two = Map.of("type", "MultiPolygon", "coordinates", List.of(
                square(0, 0, 2).get("coordinates"), square(10, 0, 2).get("coordinates")));
        assertThat(AreaRules.validateNew(withBoundary(two), Optional.empty()).centroid()).isEqualTo(new GeoPoint(6, 1));
    }

    @Test
    void codeLevelAndParentCannotChange() {
        Area changes = new Area("OTHER", "新名", AreaLevel.STREET, "ELSEWHERE", null, null);
        assertThat(fields(() -> AreaRules.validateChanges(TOWN, changes))).containsExactly("code", "level", "parentCode");
        assertThat(AreaRules.validateChanges(TOWN, new Area(null, "新名", null, null, null, null)).name()).isEqualTo("新名");
    }

    private static Area withBoundary(Map<String, Object> boundary) {
        return new Area("LZ", "兰州新区", AreaLevel.NEW_AREA, null, boundary, null);
    }

    private static List<String> fields(Runnable call) {
        try {
            call.run();
        } catch (ProblemException e) {
            return e.problem().errors().stream().map(f -> f.field()).toList();
        }
        throw new AssertionError("no problem raised");
    }

    @Test
    void problemsAreBadRequests() {
        assertThatThrownBy(() -> AreaRules.validateNew(new Area(null, null, null, null, null, null), Optional.empty()))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(400));
    }
}
