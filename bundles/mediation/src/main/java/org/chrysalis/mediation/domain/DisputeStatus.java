package org.chrysalis.mediation.domain;

/**
 * Where a consumer dispute stands. {@link #FAILED} is not terminal: a failed mediation still waits to be
 * referred to court, so the consumer keeps a documented path.
 */
public enum DisputeStatus {
    FILED,
    ACCEPTED,
    DECLINED,
    ASSIGNED,
    IN_MEDIATION,
    AGREEMENT,
    JUDICIALLY_CONFIRMED,
    FULFILLED,
    DEFAULTED,
    FAILED,
    REFERRED_TO_COURT,
    WITHDRAWN,
    EXPIRED;

    /** No action leads anywhere from here. */
    public boolean isTerminal() {
        return switch (this) {
            case DECLINED, FULFILLED, DEFAULTED, REFERRED_TO_COURT, WITHDRAWN, EXPIRED -> true;
            default -> false;
        };
    }

    /** The mediation reached an outcome, good or bad; the statistics count these as decided. */
    public boolean isDecided() {
        return switch (this) {
            case AGREEMENT, JUDICIALLY_CONFIRMED, FULFILLED, DEFAULTED, FAILED, REFERRED_TO_COURT -> true;
            default -> false;
        };
    }

    /**
     * The parties reached an agreement. A defaulted agreement still counts: the mediation succeeded,
     * it is the merchant who did not pay.
     */
    public boolean isSuccess() {
        return switch (this) {
            case AGREEMENT, JUDICIALLY_CONFIRMED, FULFILLED, DEFAULTED -> true;
            default -> false;
        };
    }

    /** Still waiting for the mediation itself: before acceptance or while it runs. */
    public boolean isOpen() {
        return switch (this) {
            case FILED, ACCEPTED, ASSIGNED, IN_MEDIATION -> true;
            default -> false;
        };
    }

    /**
     * The mediation deadline runs: the dispute was accepted and has no outcome yet. A FILED dispute has
     * no deadline because it starts at acceptance.
     */
    public boolean deadlineRuns() {
        return this == ACCEPTED || this == ASSIGNED || this == IN_MEDIATION;
    }
}
