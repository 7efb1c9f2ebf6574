package org.chrysalis.mediation.domain;

import java.util.Objects;
import java.util.Set;

/**
 * What the rotation needs to know about one mediator at the moment of assigning.
 *
 * @param organisationId        the mediation organisation the mediator works for; carried for the caller,
 *                              the rotation does not read it
 * @param specialties           the categories the mediator takes; an empty set takes none
 * @param maxOpenCases          at this many open cases the mediator is skipped; 0 takes no new case
 * @param declaredMerchantLinks {@link MerchantKey normalised merchant keys} the mediator declared a link with
 */
public record MediatorState(String id, String organisationId, boolean active, Set<DisputeCategory> specialties,
                            int openCases, int maxOpenCases, Set<String> declaredMerchantLinks) {

    public MediatorState {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("A mediator needs an id.");
        }
        if (openCases < 0 || maxOpenCases < 0) {
            throw new IllegalArgumentException("Mediator " + id + ": case counts cannot be negative.");
        }
        specialties = specialties == null ? Set.of() : Set.copyOf(specialties);
        declaredMerchantLinks = declaredMerchantLinks == null ? Set.of() : Set.copyOf(declaredMerchantLinks);
    }

    /** The same mediator after a case was assigned to them or closed. */
    public MediatorState withOpenCases(int count) {
        return new MediatorState(id, organisationId, active, specialties, count, maxOpenCases, declaredMerchantLinks);
    }
}
