package org.chrysalis.deliberation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chrysalis.deliberation.domain.Problems.invalidFields;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class VillageRulesTest {

    private static final VillageRules DEFAULTS = DecisionPolicy.from(Map.of()).defaults();

    @Test
    void theDefaultsAreTheIssuesDefaults() {
        assertThat(DEFAULTS).isEqualTo(new VillageRules(10, 30, 50, 50, 7));
    }

    @Test
    void theThresholdIsReachedAtExactlyTheCount() {
        assertThat(DEFAULTS.reachesAgenda(9)).isFalse();
        assertThat(DEFAULTS.reachesAgenda(10)).isTrue();
        VillageRules small = DEFAULTS.merge(new VillageRules(3, null, null, null, null));
        assertThat(small.reachesAgenda(2)).isFalse();
        assertThat(small.reachesAgenda(3)).isTrue();
        assertThat(small.collectionDays()).isEqualTo(30);
    }

    @Test
    void collectionExpiresAfterTheWindowNotAtItsEnd() {
        Instant submitted = Instant.parse("2026-03-01T00:00:00Z");
        Instant ends = DEFAULTS.collectionEnds(submitted);
        assertThat(ends).isEqualTo(Instant.parse("2026-03-31T00:00:00Z"));
        assertThat(VillageRules.collectionExpired(ends, ends)).isFalse();
        assertThat(VillageRules.collectionExpired(ends, ends.plusSeconds(1))).isTrue();
        assertThat(DEFAULTS.noticeEnds(submitted)).isEqualTo(Instant.parse("2026-03-08T00:00:00Z"));
    }

    @Test
    void invalidRulesNameEveryField() {
        assertThat(invalidFields(() -> new VillageRules(0, 400, 0, 101, null).validate()))
                .containsExactly("noticeDays", "cosignThreshold", "collectionDays", "meetingQuorumPercent",
                        "voteQuorumPercent");
    }

    @Test
    void configurationOverridesTheDefaults() {
        DecisionPolicy p = DecisionPolicy.from(Map.of("cosign.threshold", "5", "notice.days", " 10 "));
        assertThat(p.defaults().cosignThreshold()).isEqualTo(5);
        assertThat(p.defaults().noticeDays()).isEqualTo(10);
    }
}
