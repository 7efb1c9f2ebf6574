package org.chrysalis.emergency.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.chrysalis.platform.api.lifecycle.TransitionTable;

/**
 * The alarm's moves and who may make them. The table is per status; two tier rules sit on top: at
 * the last tier there is nowhere to escalate to, and a user acts only for the alarm's current tier
 * (admin for any).
 */
public final class AlarmLifecycle {

    private static final Set<String> RESPONDERS = Set.copyOf(EmergencyRoles.ALL);

    public static final TransitionTable<AlarmStatus, AlarmAction> TABLE =
            TransitionTable.builder(AlarmStatus.class, AlarmAction.class)
                    .move(AlarmStatus.RAISED, AlarmAction.ACKNOWLEDGE, AlarmStatus.ACKNOWLEDGED)
                    .move(AlarmStatus.RAISED, AlarmAction.ESCALATE, AlarmStatus.RAISED)
                    .move(AlarmStatus.RAISED, AlarmAction.CANCEL, AlarmStatus.CANCELLED)
                    .move(AlarmStatus.RAISED, AlarmAction.ESCALATE_TIMEOUT, AlarmStatus.RAISED)
                    .move(AlarmStatus.ACKNOWLEDGED, AlarmAction.DISPATCH, AlarmStatus.DISPATCHED)
                    .move(AlarmStatus.ACKNOWLEDGED, AlarmAction.ESCALATE, AlarmStatus.RAISED)
                    .move(AlarmStatus.ACKNOWLEDGED, AlarmAction.CANCEL, AlarmStatus.CANCELLED)
                    .move(AlarmStatus.ACKNOWLEDGED, AlarmAction.ESCALATE_TIMEOUT, AlarmStatus.RAISED)
                    .move(AlarmStatus.DISPATCHED, AlarmAction.ESCALATE, AlarmStatus.RAISED)
                    .move(AlarmStatus.DISPATCHED, AlarmAction.CONTAIN, AlarmStatus.CONTAINED)
                    .move(AlarmStatus.DISPATCHED, AlarmAction.CANCEL, AlarmStatus.CANCELLED)
                    .move(AlarmStatus.CONTAINED, AlarmAction.CLOSE, AlarmStatus.CLOSED)
                    .roles(RESPONDERS, AlarmAction.ACKNOWLEDGE, AlarmAction.DISPATCH, AlarmAction.ESCALATE,
                            AlarmAction.CONTAIN, AlarmAction.CLOSE, AlarmAction.CANCEL)
                    // ESCALATE_TIMEOUT has no roles: only the platform's scheduler takes it
                    .build();

    private AlarmLifecycle() {
    }

    /** The moves out of {@code status} at {@code tier}: none of the escalations at the last tier. */
    public static Map<AlarmAction, AlarmStatus> moves(AlarmStatus status, Tier tier) {
        Map<AlarmAction, AlarmStatus> moves = TABLE.moves(status);
        if (!tier.isLast() || moves.isEmpty()) {
            return moves;
        }
        Map<AlarmAction, AlarmStatus> withoutEscalation = new EnumMap<>(AlarmAction.class);
        withoutEscalation.putAll(moves);
        withoutEscalation.remove(AlarmAction.ESCALATE);
        withoutEscalation.remove(AlarmAction.ESCALATE_TIMEOUT);
        return Map.copyOf(withoutEscalation);
    }

    /** What a user with {@code roles} may do now: nothing unless they act for {@code tier}. */
    public static Set<AlarmAction> allowed(AlarmStatus status, Tier tier, Set<String> roles) {
        if (!EmergencyRoles.actsFor(roles, tier)) {
            return Set.of();
        }
        return TABLE.allowed(moves(status, tier), roles);
    }
}
