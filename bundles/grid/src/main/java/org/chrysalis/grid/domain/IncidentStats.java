package org.chrysalis.grid.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
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
        Objects.requireNonNull(now, "now");
        var counts = new EnumMap<IncidentStatus, Long>(IncidentStatus.class);
        for (var status : IncidentStatus.values()) {
            counts.put(status, 0L);
        }
        long overdue = 0;
        long closedInTime = 0;
        var timesToClose = new ArrayList<Duration>();
        for (var incident : incidents) {
            counts.merge(incident.status(), 1L, Long::sum);
            if (DeadlinePolicy.isOverdue(incident.status(), incident.resumeStatus(), incident.responseDue(),
                    incident.resolutionDue(), now)) {
                overdue++;
            }
            if (incident.isClosed()) {
                timesToClose.add(Duration.between(incident.reportedAt(), incident.closedAt()));
                // closing at the very deadline is on time, as it is for overdue
                if (incident.resolutionDue() == null || !incident.closedAt().isAfter(incident.resolutionDue())) {
                    closedInTime++;
                }
            }
        }
        var share = timesToClose.isEmpty() ? 0.0 : (double) closedInTime / timesToClose.size();
        return new IncidentStats(counts, median(timesToClose), share, overdue);
    }

    private static Duration median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        durations.sort(null);
        int middle = durations.size() / 2;
        if (durations.size() % 2 == 1) {
            return durations.get(middle);
        }
        return durations.get(middle - 1).plus(durations.get(middle)).dividedBy(2);
    }
}
