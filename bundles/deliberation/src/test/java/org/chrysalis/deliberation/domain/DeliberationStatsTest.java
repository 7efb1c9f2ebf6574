package org.chrysalis.deliberation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DeliberationStatsTest {

    @Test
    void countsRatesAndShares() {
        var stats = DeliberationStats.of(List.of(
                new TopicFacts(TopicKind.VILLAGE_TALK, TopicStatus.COMPLETED, true, true, 8, 10),
                new TopicFacts(TopicKind.VILLAGE_TALK, TopicStatus.IN_NOTICE, true, true, 6, 10),
                new TopicFacts(TopicKind.VILLAGE_TALK, TopicStatus.ON_AGENDA, true, false, 0, 0),
                new TopicFacts(TopicKind.VILLAGE_TALK, TopicStatus.EXPIRED, false, false, 0, 0)), 3);
        assertThat(stats.topicsRaised()).isEqualTo(4);
        assertThat(stats.onAgenda()).isEqualTo(3);
        assertThat(stats.decided()).isEqualTo(2);
        assertThat(stats.completed()).isEqualTo(1);
        assertThat(stats.meetingsHeld()).isEqualTo(3);
        assertThat(stats.participationRate()).isEqualTo(0.7);
        assertThat(stats.completedShare()).isEqualTo(0.25);
    }

    @Test
    void nothingToDivideByGivesNoRate() {
        var stats = DeliberationStats.of(List.of(), 0);
        assertThat(stats.participationRate()).isNull();
        assertThat(stats.completedShare()).isNull();
    }
}
