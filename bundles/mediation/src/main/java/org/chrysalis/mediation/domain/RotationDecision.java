package org.chrysalis.mediation.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rotation's choice and its explanation, meant to be stored with the assignment so that anyone can
 * see why the turn went to this mediator and not to the ones before.
 *
 * @param mediatorId the chosen mediator, empty when nobody was eligible
 * @param skipped    the mediators passed over before the choice, in walk order; every mediator once when
 *                   nobody was eligible
 */
public record RotationDecision(Optional<String> mediatorId, List<Skip> skipped) {

    public RotationDecision {
        Objects.requireNonNull(mediatorId, "mediatorId");
        skipped = List.copyOf(skipped);
    }

    public boolean isAssigned() {
        return mediatorId.isPresent();
    }
}
