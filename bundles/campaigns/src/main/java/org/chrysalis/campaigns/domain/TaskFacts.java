package org.chrysalis.campaigns.domain;

import java.time.Instant;

/** What the assessment needs to know of one task; {@code acceptedAt} is null until it is accepted. */
public record TaskFacts(String department, Severity severity, TaskStatus status, Instant createdAt, Instant deadline,
                        Instant acceptedAt, boolean escalated, int reopenCount) {

    public boolean rectified() {
        return status == TaskStatus.ACCEPTED;
    }

    public boolean overdue(Instant now) {
        return status.withDepartment() && now.isAfter(deadline);
    }

    /** Accepted no later than its deadline. */
    public boolean onTime() {
        return rectified() && acceptedAt != null && !acceptedAt.isAfter(deadline);
    }
}
