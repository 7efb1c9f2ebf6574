package org.chrysalis.grid.domain;

import java.util.Objects;

/**
 * Points credited to a grid worker.
 *
 * @param reason a stable code (REPORT_ACCEPTED, RESOLUTION_VERIFIED, RULE_ADOPTED) that the UI translates
 * @param link   what earned the points, as "incident:42" or another capability's reference
 */
public record PointsAward(String worker, int points, String reason, String link) {

    public static final String REPORT_ACCEPTED = "REPORT_ACCEPTED";
    public static final String RESOLUTION_VERIFIED = "RESOLUTION_VERIFIED";
    public static final String RULE_ADOPTED = "RULE_ADOPTED";

    public PointsAward {
        if (worker == null || worker.isBlank()) {
            throw new IllegalArgumentException("a points award needs a worker");
        }
        Objects.requireNonNull(reason, "reason");
        if (points < 0) {
            throw new IllegalArgumentException("points cannot be negative: " + points);
        }
    }
}
