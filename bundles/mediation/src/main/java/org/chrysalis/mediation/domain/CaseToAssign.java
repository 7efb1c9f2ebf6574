package org.chrysalis.mediation.domain;

import java.util.Objects;
import java.util.Set;

/**
 * The dispute the rotation is placing.
 *
 * @param merchantKey       from {@link MerchantKey#of}, so conflicts match across spellings
 * @param excludedMediators mediators who already had this dispute; on a reassignment the parties asked
 *                          for someone else, so they must not get the same person back
 */
public record CaseToAssign(DisputeCategory category, String merchantKey, Set<String> excludedMediators) {

    public CaseToAssign {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(merchantKey, "merchantKey");
        if (merchantKey.isBlank()) {
            throw new IllegalArgumentException("A case to assign needs a merchant key.");
        }
        excludedMediators = excludedMediators == null ? Set.of() : Set.copyOf(excludedMediators);
    }
}
