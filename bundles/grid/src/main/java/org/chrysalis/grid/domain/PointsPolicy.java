package org.chrysalis.grid.domain;

import java.util.Map;
import java.util.Optional;

/**
 * How many points grid workers earn, read from configuration: {@code points.reportAccepted},
 * {@code points.resolutionVerified} and {@code points.ruleAdopted}. Points reward confirmed outcomes
 * only (an accepted report, a verified fix, an adopted rule), so that filing or closing in bulk earns nothing.
 */
public final class PointsPolicy {

    public static final int DEFAULT_REPORT_ACCEPTED = 2;
    public static final int DEFAULT_RESOLUTION_VERIFIED = 5;
    public static final int DEFAULT_RULE_ADOPTED = 10;

    private final int reportAccepted;
    private final int resolutionVerified;
    private final int ruleAdopted;

    public PointsPolicy(int reportAccepted, int resolutionVerified, int ruleAdopted) {
        this.reportAccepted = nonNegative("points.reportAccepted", reportAccepted);
        this.resolutionVerified = nonNegative("points.resolutionVerified", resolutionVerified);
        this.ruleAdopted = nonNegative("points.ruleAdopted", ruleAdopted);
    }

    public static PointsPolicy defaults() {
        return new PointsPolicy(DEFAULT_REPORT_ACCEPTED, DEFAULT_RESOLUTION_VERIFIED, DEFAULT_RULE_ADOPTED);
    }

    /** @throws IllegalArgumentException naming the key, for a value that is not a whole number of zero or more */
    public static PointsPolicy from(Map<String, ?> properties) {
        return new PointsPolicy(
                read(properties, "points.reportAccepted", DEFAULT_REPORT_ACCEPTED),
                read(properties, "points.resolutionVerified", DEFAULT_RESOLUTION_VERIFIED),
                read(properties, "points.ruleAdopted", DEFAULT_RULE_ADOPTED));
    }

    private static int read(Map<String, ?> properties, String key, int fallback) {
        var value = properties.get(key);
        if (value == null || value.toString().isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Configuration key '" + key + "' is not a whole number: " + value, e);
        }
    }

    private static int nonNegative(String key, int points) {
        if (points < 0) {
            throw new IllegalArgumentException("Configuration key '" + key + "' cannot be negative: " + points);
        }
        return points;
    }

    public int reportAccepted() {
        return reportAccepted;
    }

    public int resolutionVerified() {
        return resolutionVerified;
    }

    public int ruleAdopted() {
        return ruleAdopted;
    }

    /**
     * The award a transition earns, if any: ACCEPT credits the worker who reported the incident, VERIFY the
     * worker who resolved it. Reports by anonymous citizens (no reporter) and every other action earn nothing.
     *
     * @param reporter the user name of the grid worker who reported the incident, or null
     * @param resolver the user name of the grid worker who resolved it, or null
     */
    public Optional<PointsAward> forTransition(Transition transition, long incidentId, String reporter,
                                               String resolver) {
        var link = "incident:" + incidentId;
        return switch (transition.action()) {
            case ACCEPT -> award(reporter, reportAccepted, PointsAward.REPORT_ACCEPTED, link);
            case VERIFY -> award(resolver, resolutionVerified, PointsAward.RESOLUTION_VERIFIED, link);
            default -> Optional.empty();
        };
    }

    private static Optional<PointsAward> award(String worker, int points, String reason, String link) {
        if (worker == null || worker.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new PointsAward(worker, points, reason, link));
    }

    /**
     * The award for a worker whose proposed rule was adopted.
     *
     * @param link the rule's reference in the capability that adopted it; when there is none, the title
     *             stands in as "rule:" + title, so the worker's history still says which rule earned the points
     */
    public PointsAward forRuleAdopted(String worker, String ruleTitle, String link) {
        var reference = link != null && !link.isBlank() ? link : "rule:" + ruleTitle;
        return new PointsAward(worker, ruleAdopted, PointsAward.RULE_ADOPTED, reference);
    }

    @Override
    public String toString() {
        return "PointsPolicy[reportAccepted=" + reportAccepted + ", resolutionVerified=" + resolutionVerified
                + ", ruleAdopted=" + ruleAdopted + "]";
    }
}
