package org.chrysalis.deliberation.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chrysalis.deliberation.domain.Problems.problemOf;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class BallotRulesTest {

    private static final Instant OPENS = Instant.parse("2026-05-01T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-05-08T00:00:00Z");
    private static final Instant DURING = Instant.parse("2026-05-03T00:00:00Z");

    @Test
    void aRegisteredVillagerVotesOnceDuringTheWindow() {
        assertThatCode(() -> BallotRules.checkMayVote(TopicStatus.VOTING, DURING, OPENS, CLOSES, "QC-1", "QC-1", false))
                .doesNotThrowAnyException();
    }

    @Test
    void aSecondVoteIsAConflict() {
        var p = problemOf(() -> BallotRules.checkMayVote(TopicStatus.VOTING, DURING, OPENS, CLOSES, "QC-1", "QC-1", true));
        assertThat(p.status()).isEqualTo(409);
        assertThat(p.detail()).contains("already voted");
    }

    @Test
    void aVillagerOfAnotherVillageOrUnregisteredIsForbidden() {
        assertThat(problemOf(() -> BallotRules.checkMayVote(TopicStatus.VOTING, DURING, OPENS, CLOSES, "QC-2", "QC-1",
                false)).status()).isEqualTo(403);
        assertThat(problemOf(() -> BallotRules.checkMayVote(TopicStatus.VOTING, DURING, OPENS, CLOSES, null, "QC-1",
                false)).status()).isEqualTo(403);
    }

    @Test
    void outsideTheWindowOrStatusNobodyVotes() {
        assertThat(problemOf(() -> BallotRules.checkMayVote(TopicStatus.DECIDED, DURING, OPENS, CLOSES, "QC-1", "QC-1",
                false)).status()).isEqualTo(409);
        assertThat(problemOf(() -> BallotRules.checkMayVote(TopicStatus.VOTING, CLOSES, OPENS, CLOSES, "QC-1", "QC-1",
                false)).status()).isEqualTo(409);
        assertThat(problemOf(() -> BallotRules.checkMayVote(TopicStatus.VOTING, OPENS.minusSeconds(1), OPENS, CLOSES,
                "QC-1", "QC-1", false)).status()).isEqualTo(409);
    }

    @Test
    void cosigningIsForOtherVillagersOfTheVillageOnce() {
        assertThatCode(() -> BallotRules.checkMayCosign(TopicStatus.COLLECTING, "b", "a", "QC-1", "QC-1", false))
                .doesNotThrowAnyException();
        assertThat(problemOf(() -> BallotRules.checkMayCosign(TopicStatus.COLLECTING, "a", "a", "QC-1", "QC-1", false))
                .status()).isEqualTo(409);
        assertThat(problemOf(() -> BallotRules.checkMayCosign(TopicStatus.COLLECTING, "b", "a", "QC-1", "QC-1", true))
                .status()).isEqualTo(409);
        assertThat(problemOf(() -> BallotRules.checkMayCosign(TopicStatus.COLLECTING, "b", "a", "ZC-1", "QC-1", false))
                .status()).isEqualTo(403);
        assertThat(problemOf(() -> BallotRules.checkMayCosign(TopicStatus.ON_AGENDA, "b", "a", "QC-1", "QC-1", false))
                .status()).isEqualTo(409);
    }

    @Test
    void objectionsAreLodgedDuringTheNoticeByVillagersOfTheVillage() {
        assertThatCode(() -> BallotRules.checkMayObject(TopicStatus.IN_NOTICE, DURING, CLOSES, "QC-1", "QC-1"))
                .doesNotThrowAnyException();
        assertThat(problemOf(() -> BallotRules.checkMayObject(TopicStatus.IN_NOTICE, CLOSES, CLOSES, "QC-1", "QC-1"))
                .status()).isEqualTo(409);
        assertThat(problemOf(() -> BallotRules.checkMayObject(TopicStatus.IMPLEMENTING, DURING, CLOSES, "QC-1", "QC-1"))
                .status()).isEqualTo(409);
        assertThat(problemOf(() -> BallotRules.checkMayObject(TopicStatus.IN_NOTICE, DURING, CLOSES, "HH-1", "QC-1"))
                .status()).isEqualTo(403);
    }

    @Test
    void implementationWaitsForTheNoticeAndEveryRuling() {
        assertThat(problemOf(() -> BallotRules.checkMayImplement(DURING, CLOSES, 0)).status()).isEqualTo(409);
        assertThat(problemOf(() -> BallotRules.checkMayImplement(CLOSES, CLOSES, 1)).detail()).contains("ruling");
        assertThatCode(() -> BallotRules.checkMayImplement(CLOSES, CLOSES, 0)).doesNotThrowAnyException();
    }

    @Test
    void progressGoesForwardWithinZeroToHundred() {
        assertThatCode(() -> BallotRules.checkProgress(40, 40)).doesNotThrowAnyException();
        assertThatCode(() -> BallotRules.checkProgress(40, 100)).doesNotThrowAnyException();
        assertThat(problemOf(() -> BallotRules.checkProgress(40, 30)).status()).isEqualTo(400);
        assertThat(problemOf(() -> BallotRules.checkProgress(0, 101)).status()).isEqualTo(400);
        assertThat(problemOf(() -> BallotRules.checkProgress(0, null)).status()).isEqualTo(400);
    }
}
