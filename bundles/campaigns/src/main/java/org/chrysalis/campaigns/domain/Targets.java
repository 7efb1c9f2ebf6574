package org.chrysalis.campaigns.domain;

import org.chrysalis.platform.api.problem.FieldErrors;

/**
 * What a campaign promises, each optional: closure rate at least {@code closureRatePercent} by
 * the end date, at most {@code maxOverdueHighSeverity} overdue high or major-hazard tasks (0:
 * "zero overdue high-severity tasks"), a median time to rectify of at most {@code maxMedianDays}.
 */
public record Targets(Integer closureRatePercent, Integer maxOverdueHighSeverity, Integer maxMedianDays) {

    public static final Targets NONE = new Targets(null, null, null);

    void collectErrors(FieldErrors errors, String prefix) {
        if (closureRatePercent != null) {
            errors.check(closureRatePercent >= 0 && closureRatePercent <= 100, prefix + "closureRatePercent",
                    "must be between 0 and 100");
        }
        if (maxOverdueHighSeverity != null) {
            errors.check(maxOverdueHighSeverity >= 0, prefix + "maxOverdueHighSeverity", "must be 0 or more");
        }
        if (maxMedianDays != null) {
            errors.check(maxMedianDays >= 0, prefix + "maxMedianDays", "must be 0 or more");
        }
    }
}
