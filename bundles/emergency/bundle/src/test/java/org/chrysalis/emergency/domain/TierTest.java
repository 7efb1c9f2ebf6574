package org.chrysalis.emergency.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class TierTest {

    @Test
    void tiersClimbEnterpriseParkNewAreaAndStop() {
        assertThat(Tier.ENTERPRISE.next()).contains(Tier.PARK);
        assertThat(Tier.PARK.next()).contains(Tier.NEW_AREA);
        assertThat(Tier.NEW_AREA.next()).isEmpty();
        assertThat(Tier.NEW_AREA.isLast()).isTrue();
        assertThat(Tier.ENTERPRISE.isLast()).isFalse();
    }

    @Test
    void eachTierHasItsRoleAndAdminActsForAll() {
        assertThat(EmergencyRoles.forTier(Tier.ENTERPRISE)).isEqualTo("emergency-enterprise");
        assertThat(EmergencyRoles.forTier(Tier.PARK)).isEqualTo("emergency-park");
        assertThat(EmergencyRoles.forTier(Tier.NEW_AREA)).isEqualTo("emergency-center");
        for (Tier tier : Tier.values()) {
            assertThat(EmergencyRoles.actsFor(Set.of("admin"), tier)).isTrue();
        }
        assertThat(EmergencyRoles.actsFor(Set.of("emergency-park"), Tier.ENTERPRISE)).isFalse();
        assertThat(EmergencyRoles.actsFor(Set.of("emergency-park"), Tier.PARK)).isTrue();
        assertThat(EmergencyRoles.actsFor(null, Tier.PARK)).isFalse();
    }
}
