package org.chrysalis.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.chrysalis.mediation.domain.DisputeStatus.AGREEMENT;
import static org.chrysalis.mediation.domain.DisputeStatus.ASSIGNED;
import static org.chrysalis.mediation.domain.DisputeStatus.DECLINED;
import static org.chrysalis.mediation.domain.DisputeStatus.DEFAULTED;
import static org.chrysalis.mediation.domain.DisputeStatus.EXPIRED;
import static org.chrysalis.mediation.domain.DisputeStatus.FAILED;
import static org.chrysalis.mediation.domain.DisputeStatus.FILED;
import static org.chrysalis.mediation.domain.DisputeStatus.FULFILLED;
import static org.chrysalis.mediation.domain.DisputeStatus.IN_MEDIATION;
import static org.chrysalis.mediation.domain.DisputeStatus.JUDICIALLY_CONFIRMED;
import static org.chrysalis.mediation.domain.DisputeStatus.REFERRED_TO_COURT;
import static org.chrysalis.mediation.domain.DisputeStatus.WITHDRAWN;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class DisputeStatsTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant DEADLINE = T0.plus(Duration.ofDays(30));

    /** A dispute accepted at T0 with the usual 30-day deadline, decided after the given hours (null: undecided). */
    private static DisputeFacts facts(DisputeStatus status, Long hoursToOutcome, long agreedFen, boolean fulfilled) {
        var decidedAt = hoursToOutcome == null ? null : T0.plus(Duration.ofHours(hoursToOutcome));
        return new DisputeFacts(status, T0, decidedAt, DEADLINE, agreedFen, fulfilled);
    }

    @Test
    void nothingToCountGivesZerosAndNoMedian() {
        assertThat(DisputeStats.of(List.of())).isEqualTo(new DisputeStats(0, 0, 0.0, null, 0, 0, 0.0));
    }

    @Test
    void undecidedDisputesCountAsCasesOnly() {
        var stats = DisputeStats.of(List.of(
                new DisputeFacts(FILED, null, null, null, 0, false),
                facts(ASSIGNED, null, 0, false),
                facts(IN_MEDIATION, null, 0, false),
                facts(DECLINED, null, 0, false),
                facts(WITHDRAWN, null, 0, false),
                facts(EXPIRED, null, 0, false)));
        assertThat(stats).isEqualTo(new DisputeStats(6, 0, 0.0, null, 0, 0, 0.0));
    }

    @Test
    void successRateIsAgreementsAmongTheDecided() {
        var stats = DisputeStats.of(List.of(
                facts(AGREEMENT, 24L, 0, false),
                facts(JUDICIALLY_CONFIRMED, 24L, 0, false),
                facts(FULFILLED, 24L, 0, true),
                facts(DEFAULTED, 24L, 0, false),
                facts(FAILED, 24L, 0, false),
                facts(REFERRED_TO_COURT, 24L, 0, false),
                facts(EXPIRED, null, 0, false),
                facts(IN_MEDIATION, null, 0, false)));
        assertThat(stats.cases()).isEqualTo(8);
        assertThat(stats.decided()).isEqualTo(6);
        assertThat(stats.successRate()).isCloseTo(4.0 / 6, within(1e-12));
    }

    @Test
    void medianOfAnOddNumberIsTheMiddleOne() {
        var stats = DisputeStats.of(List.of(
                facts(FAILED, 240L, 0, false),
                facts(AGREEMENT, 36L, 0, false),
                facts(FULFILLED, 48L, 0, true),
                facts(IN_MEDIATION, null, 0, false)));
        assertThat(stats.medianDaysToOutcome()).isEqualTo(2.0);
    }

    @Test
    void medianOfAnEvenNumberIsTheMeanOfTheTwoMiddleOnesInDecimalDays() {
        var stats = DisputeStats.of(List.of(
                facts(AGREEMENT, 12L, 0, false),
                facts(FAILED, 36L, 0, false),
                facts(FULFILLED, 60L, 0, true),
                facts(REFERRED_TO_COURT, 1_000L, 0, false)));
        // the middle two are 1.5 and 2.5 days
        assertThat(stats.medianDaysToOutcome()).isEqualTo(2.0);
        var two = DisputeStats.of(List.of(facts(AGREEMENT, 6L, 0, false), facts(FAILED, 12L, 0, false)));
        assertThat(two.medianDaysToOutcome()).isEqualTo(0.375);
    }

    @Test
    void decidedDisputesWithoutTimesCountButDoNotEnterTheMedianOrTheShare() {
        var stats = DisputeStats.of(List.of(
                new DisputeFacts(FAILED, T0, null, DEADLINE, 0, false),
                new DisputeFacts(FAILED, null, T0.plus(Duration.ofDays(40)), DEADLINE, 0, false)));
        assertThat(stats.decided()).isEqualTo(2);
        assertThat(stats.medianDaysToOutcome()).isNull();
        // only the second has an outcome instant, and it is late
        assertThat(stats.shareDecidedWithinDeadline()).isZero();
    }

    @Test
    void amountsSumAgreementsAndTheFulfilledAmongThem() {
        var stats = DisputeStats.of(List.of(
                facts(AGREEMENT, 24L, 10_000, false),
                facts(JUDICIALLY_CONFIRMED, 24L, 20_000, false),
                facts(FULFILLED, 24L, 40_000, true),
                facts(DEFAULTED, 24L, 80_000, false),
                // an amount left on a dispute that has no agreement is not counted
                facts(FAILED, 24L, 160_000, false),
                facts(WITHDRAWN, null, 320_000, true)));
        assertThat(stats.amountAgreedFen()).isEqualTo(150_000);
        assertThat(stats.amountFulfilledFen()).isEqualTo(40_000);
    }

    @Test
    void shareWithinDeadlineCountsTheDeadlineInstantAsOnTime() {
        var onTheDot = new DisputeFacts(AGREEMENT, T0, DEADLINE, DEADLINE, 0, false);
        var early = facts(FAILED, 24L, 0, false);
        var late = new DisputeFacts(FULFILLED, T0, DEADLINE.plusSeconds(1), DEADLINE, 0, true);
        var extendedInTime = new DisputeFacts(FAILED, T0, DEADLINE.plus(Duration.ofDays(5)),
                DEADLINE.plus(Duration.ofDays(10)), 0, false);
        var undecided = facts(IN_MEDIATION, null, 0, false);
        var stats = DisputeStats.of(List.of(onTheDot, early, late, extendedInTime, undecided));
        assertThat(stats.shareDecidedWithinDeadline()).isEqualTo(0.75);
    }

    @Test
    void aFullPicture() {
        var stats = DisputeStats.of(List.of(
                facts(FULFILLED, 24L * 10, 50_000, true),
                facts(DEFAULTED, 24L * 20, 30_000, false),
                facts(REFERRED_TO_COURT, 24L * 35, 0, false),
                facts(IN_MEDIATION, null, 0, false)));
        assertThat(stats).isEqualTo(new DisputeStats(4, 3, 2.0 / 3, 20.0, 80_000, 50_000, 2.0 / 3));
    }
}
