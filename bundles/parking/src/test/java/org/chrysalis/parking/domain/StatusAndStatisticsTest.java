package org.chrysalis.parking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class StatusAndStatisticsTest {

    @Test
    void lotStatusFollowsFiwareWords() {
        assertThat(LotStatus.of(true, 100, 50)).isEqualTo(LotStatus.CLOSED);
        assertThat(LotStatus.of(false, 100, 0)).isEqualTo(LotStatus.FULL);
        assertThat(LotStatus.of(false, 100, 10)).isEqualTo(LotStatus.ALMOST_FULL);
        assertThat(LotStatus.of(false, 100, 11)).isEqualTo(LotStatus.SPACES_AVAILABLE);
        assertThat(LotStatus.ALMOST_FULL.wire()).isEqualTo("almostFull");
    }

    @Test
    void spotStatusesParseTheirFiwareWordsOnly() {
        assertThat(SpotStatus.fromWire(" Occupied ")).isEqualTo(SpotStatus.OCCUPIED);
        assertThat(SpotStatus.fromWire("parked")).isNull();
        assertThat(SpotStatus.fromWire(null)).isNull();
        assertThat(SpotStatus.freeDelta(SpotStatus.FREE, SpotStatus.CLOSED)).isEqualTo(-1);
        assertThat(SpotStatus.freeDelta(null, SpotStatus.FREE)).isEqualTo(1);
        assertThat(SpotStatus.occupiedDelta(SpotStatus.OCCUPIED, SpotStatus.OCCUPIED)).isZero();
    }

    @Test
    void turnoverIsSessionsPerSpot() {
        assertThat(Statistics.turnover(300, 120)).isEqualTo(2.5);
        assertThat(Statistics.turnover(5, 0)).isZero();
    }

    @Test
    void peakHoursRankLocalHoursByMeanOccupancy() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        List<OccupancyHour> rows = List.of(
                new OccupancyHour("A", Instant.parse("2026-11-27T00:00:00Z"), 2, 160, 90, 100), // 08:00 local, 0.8
                new OccupancyHour("B", Instant.parse("2026-11-27T00:00:00Z"), 1, 40, 40, 100),  // 08:00 local, 0.4
                new OccupancyHour("A", Instant.parse("2026-11-27T10:00:00Z"), 4, 360, 95, 100), // 18:00 local, 0.9
                new OccupancyHour("A", Instant.parse("2026-11-27T18:00:00Z"), 1, 10, 10, 100)); // 02:00 local, 0.1
        assertThat(Statistics.peakHours(rows, shanghai, 2)).containsExactly(new Statistics.PeakHour(18, 0.9),
                new Statistics.PeakHour(8, 0.6));
        assertThat(rows.get(0).averageOccupancy()).isEqualTo(0.8);
    }
}
