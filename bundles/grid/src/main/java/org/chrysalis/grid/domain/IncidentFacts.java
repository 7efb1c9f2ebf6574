package org.chrysalis.grid.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What statistics need to know of one incident.
 *
 * @param closedAt      when it reached CLOSED, or null
 * @param resolutionDue the resolution deadline, or null when none applies
 * @param responseDue   the response deadline, or null; without it only resolution deadlines count as overdue
 * @param resumeStatus  for an ESCALATED incident, the status it was escalated from, or null
 */
public record IncidentFacts(IncidentStatus status, Instant reportedAt, Instant closedAt, Instant resolutionDue,
                            Instant responseDue, IncidentStatus resumeStatus) {

    public IncidentFacts {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reportedAt, "reportedAt");
    }

    public IncidentFacts(IncidentStatus status, Instant reportedAt, Instant closedAt, Instant resolutionDue) {
        this(status, reportedAt, closedAt, resolutionDue, null, null);
    }

    /** Only incidents that went all the way to CLOSED count; rejected or merged ones say nothing about the work. */
    public boolean isClosed() {
        return status == IncidentStatus.CLOSED && closedAt != null;
    }
}
