package org.chrysalis.parking.domain;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Turnover and peak hours, from hourly occupancy and session counts. */
public final class Statistics {

    private Statistics() {
    }

    /** Sessions per spot over the period, two decimals; 0 for a lot without spots. */
    public static double turnover(long sessions, int spots) {
        return spots <= 0 ? 0 : Math.round(100.0 * sessions / spots) / 100.0;
    }

    /**
     * Hours of the day (0-23, local time) by mean occupancy over every lot and day of the rows,
     * busiest first, at most {@code top}.
     */
    public static List<PeakHour> peakHours(List<OccupancyHour> rows, ZoneId zone, int top) {
        Map<Integer, double[]> byHour = new TreeMap<>();
        for (OccupancyHour row : rows) {
            int hour = row.hour().atZone(zone).getHour();
            double[] acc = byHour.computeIfAbsent(hour, h -> new double[2]);
            acc[0] += row.averageOccupancy();
            acc[1]++;
        }
        return byHour.entrySet().stream()
                .map(e -> new PeakHour(e.getKey(), Math.round(10000.0 * e.getValue()[0] / e.getValue()[1]) / 10000.0))
                .sorted(Comparator.comparingDouble(PeakHour::averageOccupancy).reversed().thenComparing(PeakHour::hour))
                .limit(top)
                .collect(Collectors.toList());
    }

    public record PeakHour(int hour, double averageOccupancy) {
    }
}
