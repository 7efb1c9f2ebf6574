package org.chrysalis.parking.service;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.parking.domain.OccupancyHour;
import org.chrysalis.parking.domain.Statistics;
import org.chrysalis.parking.persistence.LotEntity;
import org.chrysalis.parking.service.Views.HourRow;
import org.chrysalis.parking.service.Views.LotStats;
import org.chrysalis.parking.service.Views.Stats;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.time.PlatformClock;

/** Occupancy per lot and hour, turnover, revenue and peak hours over a period. */
public class StatsService {

    static final Duration MAX_PERIOD = Duration.ofDays(366);

    private final JpaTemplate jpa;
    private final PlatformClock clock;

    public StatsService(JpaTemplate jpa, PlatformClock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** Defaults: the last 24 hours. */
    public Instant[] period(Instant from, Instant to) {
        Instant end = to == null ? clock.now() : to;
        Instant start = from == null ? end.minus(Duration.ofDays(1)) : from;
        if (!start.isBefore(end)) {
            throw ProblemException.invalid("from", "must be before to");
        }
        if (Duration.between(start, end).compareTo(MAX_PERIOD) > 0) {
            throw ProblemException.invalid("from", "the period may be at most 366 days");
        }
        return new Instant[] {start, end};
    }

    public List<HourRow> occupancy(String lotId, Instant from, Instant to) {
        Instant[] p = period(from, to);
        return hours(lotId, p[0], p[1]).stream().map(h -> new HourRow(h.lotId(), h.hour(), h.averageOccupancy(),
                h.maxOccupied(), h.totalSpots(), h.samples())).toList();
    }

    @SuppressWarnings("unchecked")
    private List<OccupancyHour> hours(String lotId, Instant from, Instant to) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            String sql = "SELECT LOT_ID, HOUR_START, SAMPLES, OCCUPIED_SUM, MAX_OCCUPIED, TOTAL_SPOTS FROM PRK_OCC_HOUR"
                    + " WHERE HOUR_START >= ? AND HOUR_START < ?" + (lotId == null ? "" : " AND LOT_ID = ?")
                    + " ORDER BY LOT_ID, HOUR_START";
            var query = em.createNativeQuery(sql).setParameter(1, Timestamp.from(from.truncatedTo(java.time.temporal.ChronoUnit.HOURS)))
                    .setParameter(2, Timestamp.from(to));
            if (lotId != null) {
                query.setParameter(3, lotId);
            }
            List<OccupancyHour> rows = new ArrayList<>();
            for (Object[] r : (List<Object[]>) query.getResultList()) {
                rows.add(new OccupancyHour((String) r[0], ((Timestamp) r[1]).toInstant(), ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue(), ((Number) r[4]).intValue(), ((Number) r[5]).intValue()));
            }
            return rows;
        });
    }

    public Stats stats(Instant from, Instant to) {
        Instant[] p = period(from, to);
        List<OccupancyHour> hours = hours(null, p[0], p[1]);
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, long[]> sessions = new HashMap<>();
            for (Object[] row : em.createQuery("select s.lotId, count(s) from SessionEntity s where s.enteredAt >= :from"
                    + " and s.enteredAt < :to group by s.lotId", Object[].class)
                    .setParameter("from", p[0]).setParameter("to", p[1]).getResultList()) {
                sessions.computeIfAbsent((String) row[0], k -> new long[2])[0] = (Long) row[1];
            }
            for (Object[] row : em.createQuery("select s.lotId, sum(s.feeFen) from SessionEntity s where s.exitedAt >= :from"
                    + " and s.exitedAt < :to group by s.lotId", Object[].class)
                    .setParameter("from", p[0]).setParameter("to", p[1]).getResultList()) {
                sessions.computeIfAbsent((String) row[0], k -> new long[2])[1] = row[1] == null ? 0 : ((Number) row[1]).longValue();
            }
            Map<String, double[]> occupancy = new HashMap<>();
            for (OccupancyHour h : hours) {
                double[] acc = occupancy.computeIfAbsent(h.lotId(), k -> new double[2]);
                acc[0] += h.averageOccupancy();
                acc[1]++;
            }
            List<LotStats> lots = new ArrayList<>();
            long totalSessions = 0;
            long revenue = 0;
            int spots = 0;
            for (LotEntity l : em.createQuery("select l from LotEntity l order by l.id", LotEntity.class).getResultList()) {
                long[] s = sessions.getOrDefault(l.id, new long[2]);
                double[] o = occupancy.getOrDefault(l.id, new double[2]);
                lots.add(new LotStats(l.id, l.name, l.totalSpots, s[0], Statistics.turnover(s[0], l.totalSpots), s[1],
                        o[1] == 0 ? 0 : Math.round(10000.0 * o[0] / o[1]) / 10000.0));
                totalSessions += s[0];
                revenue += s[1];
                spots += l.totalSpots;
            }
            List<Map<String, Object>> peaks = new ArrayList<>();
            for (Statistics.PeakHour peak : Statistics.peakHours(hours, PlatformClock.DISPLAY_ZONE, 3)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("hour", peak.hour());
                m.put("averageOccupancy", peak.averageOccupancy());
                peaks.add(m);
            }
            return new Stats(p[0], p[1], totalSessions, revenue, Statistics.turnover(totalSessions, spots), lots, peaks);
        });
    }
}
