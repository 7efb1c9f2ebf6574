package org.chrysalis.mediation.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Round-robin assignment of disputes to mediators. The turn passes along the rota from the mediator who
 * was assigned last, so every eligible mediator gets the next case in turn and nobody can be picked by
 * preference. A mediator who is skipped loses that turn and is not compensated later: catching up would
 * make the order depend on history that the rota does not show.
 */
public final class Rotation {

    private Rotation() {
    }

    /**
     * Picks the mediator for a case.
     *
     * @param onDutyInRotaOrder            the mediators on duty, in rota order; ids must be unique
     * @param lastAssignedMediatorId       who got the previous case; null, or an id not in the list, starts
     *                                     the walk at the beginning
     * @param recentMerchantKeysByMediator each mediator's merchant keys of cases in the recent period; an empty
     *                                     map (or null) when that rule is off
     */
    public static RotationDecision assign(List<MediatorState> onDutyInRotaOrder, String lastAssignedMediatorId,
                                          CaseToAssign c, Map<String, Set<String>> recentMerchantKeysByMediator) {
        Objects.requireNonNull(onDutyInRotaOrder, "onDutyInRotaOrder");
        Objects.requireNonNull(c, "case");
        requireUniqueIds(onDutyInRotaOrder);
        var recent = recentMerchantKeysByMediator == null ? Map.<String, Set<String>>of() : recentMerchantKeysByMediator;
        int size = onDutyInRotaOrder.size();
        int start = indexOf(onDutyInRotaOrder, lastAssignedMediatorId) + 1;
        var skipped = new ArrayList<Skip>();
        for (int step = 0; step < size; step++) {
            var mediator = onDutyInRotaOrder.get((start + step) % size);
            var reason = ineligibility(mediator, c, recent.get(mediator.id()));
            if (reason.isEmpty()) {
                return new RotationDecision(Optional.of(mediator.id()), skipped);
            }
            skipped.add(new Skip(mediator.id(), reason.get()));
        }
        return new RotationDecision(Optional.empty(), skipped);
    }

    /**
     * Why this mediator cannot take this case, checked in {@link SkipReason} order so that the explanation
     * names the most basic rule first; empty when they can.
     *
     * @param recentMerchantKeys the mediator's merchant keys of recent cases; null or empty when the rule is off
     */
    public static Optional<SkipReason> ineligibility(MediatorState mediator, CaseToAssign c,
                                                     Set<String> recentMerchantKeys) {
        Objects.requireNonNull(mediator, "mediator");
        Objects.requireNonNull(c, "case");
        if (c.excludedMediators().contains(mediator.id())) {
            return Optional.of(SkipReason.EXCLUDED);
        }
        if (!mediator.active()) {
            return Optional.of(SkipReason.SUSPENDED);
        }
        if (!mediator.specialties().contains(c.category())) {
            return Optional.of(SkipReason.NO_SPECIALTY);
        }
        if (mediator.openCases() >= mediator.maxOpenCases()) {
            return Optional.of(SkipReason.AT_CAPACITY);
        }
        if (mediator.declaredMerchantLinks().contains(c.merchantKey())) {
            return Optional.of(SkipReason.CONFLICT_DECLARED_LINK);
        }
        if (recentMerchantKeys != null && recentMerchantKeys.contains(c.merchantKey())) {
            return Optional.of(SkipReason.CONFLICT_RECENT_CASE);
        }
        return Optional.empty();
    }

    private static int indexOf(List<MediatorState> mediators, String id) {
        if (id == null) {
            return -1;
        }
        for (int i = 0; i < mediators.size(); i++) {
            if (mediators.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    // a mediator listed twice would get two turns per round
    private static void requireUniqueIds(List<MediatorState> mediators) {
        var seen = new HashSet<String>();
        for (var mediator : mediators) {
            if (!seen.add(Objects.requireNonNull(mediator, "mediator").id())) {
                throw new IllegalArgumentException("Mediator " + mediator.id() + " is on the rota twice.");
            }
        }
    }
}
