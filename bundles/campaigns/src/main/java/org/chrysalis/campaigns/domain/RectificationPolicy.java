package org.chrysalis.campaigns.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Deadlines and supervision: how long a department has to rectify a problem of each severity,
 * how long after the deadline an overdue task is escalated to supervision (督办), and the second
 * deadline supervision sets. Built from the configuration keys {@code deadline.<SEVERITY>},
 * {@code escalation.after} and {@code supervision.period} (ISO-8601 durations).
 */
public final class RectificationPolicy {

    private static final Map<Severity, Duration> DEFAULT_DEADLINES = Map.of(
            Severity.LOW, Duration.ofDays(30), Severity.MEDIUM, Duration.ofDays(15),
            Severity.HIGH, Duration.ofDays(7), Severity.MAJOR_HAZARD, Duration.ofDays(3));

    private final Map<Severity, Duration> deadlines;
    private final Duration escalationAfter;
    private final Duration supervisionPeriod;

    public RectificationPolicy(Map<Severity, Duration> deadlines, Duration escalationAfter, Duration supervisionPeriod) {
        this.deadlines = new EnumMap<>(deadlines);
        for (Severity s : Severity.values()) {
            Duration d = Objects.requireNonNull(this.deadlines.get(s), "deadline for " + s);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("deadline." + s + " must be positive");
            }
        }
        if (escalationAfter.isNegative()) {
            throw new IllegalArgumentException("escalation.after must not be negative");
        }
        if (supervisionPeriod.isNegative() || supervisionPeriod.isZero()) {
            throw new IllegalArgumentException("supervision.period must be positive");
        }
        this.escalationAfter = escalationAfter;
        this.supervisionPeriod = supervisionPeriod;
    }

    /** From configuration; missing keys take the defaults (30, 15, 7 and 3 days; escalation 1 day after; 7 days of supervision). */
    public static RectificationPolicy from(Map<String, ?> config) {
        Map<Severity, Duration> deadlines = new EnumMap<>(DEFAULT_DEADLINES);
        for (Severity s : Severity.values()) {
            Object value = config.get("deadline." + s.name());
            if (value != null) {
                deadlines.put(s, duration("deadline." + s.name(), value));
            }
        }
        return new RectificationPolicy(deadlines,
                config.get("escalation.after") == null ? Duration.ofDays(1) : duration("escalation.after", config.get("escalation.after")),
                config.get("supervision.period") == null ? Duration.ofDays(7) : duration("supervision.period", config.get("supervision.period")));
    }

    private static Duration duration(String key, Object value) {
        try {
            return Duration.parse(value.toString().trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " must be an ISO-8601 duration such as P7D, not " + value);
        }
    }

    public Duration deadlineFor(Severity severity) {
        return deadlines.get(severity);
    }

    /** The rectification deadline of a problem found at {@code foundAt}. */
    public Instant deadline(Severity severity, Instant foundAt) {
        return foundAt.plus(deadlines.get(severity));
    }

    /** The department still holds the task and its deadline has passed. */
    public boolean isOverdue(TaskStatus status, Instant deadline, Instant now) {
        return status.withDepartment() && now.isAfter(deadline);
    }

    /** Overdue for at least the escalation delay and not escalated yet. */
    public boolean isDueForEscalation(TaskStatus status, Instant deadline, Instant escalatedAt, Instant now) {
        return escalatedAt == null && isOverdue(status, deadline, now) && !now.isBefore(deadline.plus(escalationAfter));
    }

    /** The second deadline set by supervision when a task is escalated at {@code escalatedAt}. */
    public Instant supervisionDeadline(Instant escalatedAt) {
        return escalatedAt.plus(supervisionPeriod);
    }

    public Duration escalationAfter() {
        return escalationAfter;
    }

    public Duration supervisionPeriod() {
        return supervisionPeriod;
    }
}
