package org.chrysalis.mediation.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Figures over a set of disputes, for the office's reports.
 *
 * @param cases                      every dispute given
 * @param decided                    those with an outcome ({@link DisputeStatus#isDecided()})
 * @param successRate                of the decided, the share (0 to 1) that reached an agreement; 0 when none is
 *                                   decided
 * @param medianDaysToOutcome        from acceptance to outcome, in days with fractions, over the decided disputes
 *                                   whose two instants are known; null when there is none
 * @param amountAgreedFen            the agreed amounts of the disputes that reached an agreement
 * @param amountFulfilledFen         the agreed amounts of those whose agreement was also performed
 * @param shareDecidedWithinDeadline of the decided disputes with a known outcome instant, the share (0 to 1)
 *                                   decided by their deadline; 0 when there is none
 */
public record DisputeStats(long cases, long decided, double successRate, Double medianDaysToOutcome,
                           long amountAgreedFen, long amountFulfilledFen, double shareDecidedWithinDeadline) {

    private static final double SECONDS_PER_DAY = Duration.ofDays(1).toSeconds();

    public static DisputeStats of(Collection<DisputeFacts> disputes) {
        long decided = 0;
        long successes = 0;
        long agreed = 0;
        long fulfilled = 0;
        long timed = 0;
        long withinDeadline = 0;
        var daysToOutcome = new ArrayList<Double>();
        for (var dispute : disputes) {
            if (dispute.status().isSuccess()) {
                successes++;
                // a stale amount on a dispute without an agreement must not inflate the total
                agreed = Math.addExact(agreed, dispute.agreedAmountFen());
                if (dispute.fulfilled()) {
                    fulfilled = Math.addExact(fulfilled, dispute.agreedAmountFen());
                }
            }
            if (!dispute.status().isDecided()) {
                continue;
            }
            decided++;
            if (dispute.decidedAt() == null) {
                continue;
            }
            timed++;
            // deciding at the very deadline is on time, as the policy's isExpired says
            if (dispute.deadline() == null || !dispute.decidedAt().isAfter(dispute.deadline())) {
                withinDeadline++;
            }
            if (dispute.acceptedAt() != null) {
                daysToOutcome.add(Duration.between(dispute.acceptedAt(), dispute.decidedAt()).toSeconds()
                        / SECONDS_PER_DAY);
            }
        }
        return new DisputeStats(disputes.size(), decided, share(successes, decided), median(daysToOutcome),
                agreed, fulfilled, share(withinDeadline, timed));
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }

    private static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        values.sort(null);
        int middle = values.size() / 2;
        if (values.size() % 2 == 1) {
            return values.get(middle);
        }
        return (values.get(middle - 1) + values.get(middle)) / 2;
    }
}
