package org.chrysalis.mediation.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What the statistics need to know about one dispute.
 *
 * @param acceptedAt      null while not accepted
 * @param decidedAt       when the outcome was reached (agreement or failure), null while undecided
 * @param deadline        the mediation deadline in force (extension included), null while not accepted
 * @param agreedAmountFen what the agreement says the merchant pays, 0 without an agreement
 * @param fulfilled       the merchant performed the agreement
 */
public record DisputeFacts(DisputeStatus status, Instant acceptedAt, Instant decidedAt, Instant deadline,
                           long agreedAmountFen, boolean fulfilled) {

    public DisputeFacts {
        Objects.requireNonNull(status, "status");
    }
}
