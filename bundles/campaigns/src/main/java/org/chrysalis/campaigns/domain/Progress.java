package org.chrysalis.campaigns.domain;

import java.util.List;

/**
 * Where a campaign (or a key area) stands. Rates are fractions 0–1 rounded to four decimals;
 * {@code closureRate} and {@code medianDaysToRectify} are null when there is nothing to measure
 * (no problem found, nothing rectified yet), so an empty campaign is not reported as 0% or 100%.
 */
public record Progress(long problems, long rectified, long open, Double closureRate, long overdue,
                       long overdueHighSeverity, long escalated, long reopened, Double medianDaysToRectify,
                       List<TargetCheck> targets) {

    /** One target against the actual figure; {@code met} is null when it cannot be judged yet. */
    public record TargetCheck(String name, Number target, Number actual, Boolean met) {
    }
}
