package org.chrysalis.deliberation.domain;

import java.util.Optional;

/**
 * The result of counting one vote.
 *
 * @param winningOptionId the adopted option, only when {@code outcome} is ADOPTED
 */
public record Decision(Outcome outcome, Long winningOptionId, long votesCast, long eligible, DecisionRule rule) {

    public boolean decided() {
        return outcome == Outcome.ADOPTED;
    }

    public Optional<Long> winner() {
        return Optional.ofNullable(winningOptionId);
    }
}
