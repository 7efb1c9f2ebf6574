package org.chrysalis.grid.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Figures over a set of incidents.
 *
 * @param countsByStatus            every status, in declaration order, zero included
 * @param medianTimeToClose         from report to close over the closed incidents, or null when none is closed
 * @param shareClosedWithinDeadline of the closed incidents, the share (0 to 1) closed by their resolution
 *                                  deadline; 0 when none is closed
 * @param overdue                   how many are overdue now, by {@link DeadlinePolicy#isOverdue}
 */
public record IncidentStats(Map<IncidentStatus, Long> countsByStatus, Duration medianTimeToClose,
                            double shareClosedWithinDeadline, long overdue) {

    public IncidentStats {
        countsByStatus = Collections.unmodifiableMap(new EnumMap<>(countsByStatus));
    }

    public static IncidentStats of(Collection<IncidentFacts> incidents, Instant now) {
        var tally = new Tally(now);
        incidents.forEach(tally::add);
        return tally.result();
    }

    /**
     * The figures of incidents added one at a time, so that a caller can read a million of them in
     * chunks instead of holding them all: it keeps the counts and, per closed incident, only its time
     * to close (8 bytes), which the median needs.
     */
    public static final class Tally {

        private final Instant now;
        private final EnumMap<IncidentStatus, Long> counts = new EnumMap<>(IncidentStatus.class);
        private long overdue;
        private long closedInTime;
        private long[] closeNanos = new long[64];
        private int closed;

        public Tally(Instant now) {
            this.now = Objects.requireNonNull(now, "now");
            for (var status : IncidentStatus.values()) {
                counts.put(status, 0L);
            }
        }

        public void add(IncidentFacts incident) {
            counts.merge(incident.status(), 1L, Long::sum);
            if (DeadlinePolicy.isOverdue(incident.status(), incident.resumeStatus(), incident.responseDue(),
                    incident.resolutionDue(), now)) {
                overdue++;
            }
            if (incident.isClosed()) {
                if (closed == closeNanos.length) {
                    closeNanos = Arrays.copyOf(closeNanos, closed * 2);
                }
                closeNanos[closed++] = Duration.between(incident.reportedAt(), incident.closedAt()).toNanos();
                // closing at the very deadline is on time, as it is for overdue
                if (incident.resolutionDue() == null || !incident.closedAt().isAfter(incident.resolutionDue())) {
                    closedInTime++;
                }
            }
        }

        public IncidentStats result() {
            var share = closed == 0 ? 0.0 : (double) closedInTime / closed;
            return new IncidentStats(counts, median(), share, overdue);
        }

        private Duration median() {
            if (closed == 0) {
                return null;
            }
            long[] sorted = Arrays.copyOf(closeNanos, closed);
            Arrays.sort(sorted);
            int middle = closed / 2;
            if (closed % 2 == 1) {
                return Duration.ofNanos(sorted[middle]);
            }
            return Duration.ofNanos(sorted[middle - 1]).plus(Duration.ofNanos(sorted[middle])).dividedBy(2);
        }
    }
}
