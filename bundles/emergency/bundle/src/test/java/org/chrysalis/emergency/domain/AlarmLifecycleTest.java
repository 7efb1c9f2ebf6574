package org.chrysalis.emergency.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class AlarmLifecycleTest {

    private static final Set<String> ENTERPRISE = Set.of(EmergencyRoles.ENTERPRISE);

    @Test
    void movesPerStatus() {
        assertThat(AlarmLifecycle.moves(AlarmStatus.RAISED, Tier.ENTERPRISE)).containsOnlyKeys(
                AlarmAction.ACKNOWLEDGE, AlarmAction.ESCALATE, AlarmAction.CANCEL, AlarmAction.ESCALATE_TIMEOUT);
        assertThat(AlarmLifecycle.moves(AlarmStatus.ACKNOWLEDGED, Tier.PARK)).containsOnlyKeys(
                AlarmAction.DISPATCH, AlarmAction.ESCALATE, AlarmAction.CANCEL, AlarmAction.ESCALATE_TIMEOUT);
        assertThat(AlarmLifecycle.moves(AlarmStatus.DISPATCHED, Tier.PARK)).containsOnlyKeys(
                AlarmAction.ESCALATE, AlarmAction.CONTAIN, AlarmAction.CANCEL);
        assertThat(AlarmLifecycle.moves(AlarmStatus.CONTAINED, Tier.PARK)).containsOnlyKeys(AlarmAction.CLOSE);
        assertThat(AlarmLifecycle.moves(AlarmStatus.CLOSED, Tier.PARK)).isEmpty();
        assertThat(AlarmLifecycle.moves(AlarmStatus.CANCELLED, Tier.NEW_AREA)).isEmpty();
    }

    @Test
    void theLastTierCannotEscalate() {
        assertThat(AlarmLifecycle.moves(AlarmStatus.RAISED, Tier.NEW_AREA))
                .containsOnlyKeys(AlarmAction.ACKNOWLEDGE, AlarmAction.CANCEL);
        assertThat(AlarmLifecycle.moves(AlarmStatus.DISPATCHED, Tier.NEW_AREA))
                .containsOnlyKeys(AlarmAction.CONTAIN, AlarmAction.CANCEL);
    }

    @Test
    void timeoutIsSystemOnly() {
        assertThat(AlarmLifecycle.TABLE.rolesFor(AlarmAction.ESCALATE_TIMEOUT)).isEmpty();
        assertThat(AlarmLifecycle.TABLE.mayTake(AlarmAction.ESCALATE_TIMEOUT, Set.of("admin"))).isFalse();
        assertThat(AlarmLifecycle.allowed(AlarmStatus.RAISED, Tier.ENTERPRISE, Set.of("admin")))
                .doesNotContain(AlarmAction.ESCALATE_TIMEOUT);
    }

    @Test
    void allowedDependsOnTheCurrentTier() {
        assertThat(AlarmLifecycle.allowed(AlarmStatus.RAISED, Tier.ENTERPRISE, ENTERPRISE))
                .containsExactly(AlarmAction.ACKNOWLEDGE, AlarmAction.ESCALATE, AlarmAction.CANCEL);
        assertThat(AlarmLifecycle.allowed(AlarmStatus.RAISED, Tier.PARK, ENTERPRISE)).isEmpty();
        assertThat(AlarmLifecycle.allowed(AlarmStatus.ACKNOWLEDGED, Tier.NEW_AREA, Set.of(EmergencyRoles.CENTER)))
                .containsExactly(AlarmAction.DISPATCH, AlarmAction.CANCEL);
        assertThat(AlarmLifecycle.allowed(AlarmStatus.RAISED, Tier.PARK, Set.of("villager"))).isEmpty();
    }
}
