package org.chrysalis.parking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;

import org.chrysalis.parking.domain.FeeCalculator.Fee;
import org.chrysalis.platform.api.problem.ProblemException;
import org.junit.jupiter.api.Test;

class FeeCalculatorTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NINE_AM = OffsetDateTime.parse("2026-11-27T09:00:00+08:00").toInstant();
    /** The standard tariff without its night window: 15 free minutes, 500 then 200 an hour, 3000 a day. */
    private static final Tariff DAY_ONLY = new Tariff(15, 60, 500L, 60, 200L, 3000L, null, null, null, null, null, Set.of());

    private static long fee(Tariff tariff, Instant entry, Duration stay) {
        return FeeCalculator.fee(tariff, entry, entry.plus(stay), "car", SHANGHAI).amountFen();
    }

    @Test
    void staysWithinTheFreeMinutesCostNothing() {
        Fee fee = FeeCalculator.fee(Tariff.STANDARD, NINE_AM, NINE_AM.plus(Duration.ofMinutes(15)), "car", SHANGHAI);
        assertThat(fee.amountFen()).isZero();
        assertThat(fee.reason()).isEqualTo(Fee.Reason.WITHIN_FREE_MINUTES);
        assertThat(fee(Tariff.STANDARD, NINE_AM, Duration.ZERO)).isZero();
    }

    @Test
    void oneSecondBeyondTheFreeMinutesCostsTheFirstIntervalFromEntry() {
        Fee fee = FeeCalculator.fee(Tariff.STANDARD, NINE_AM, NINE_AM.plus(Duration.ofMinutes(15).plusSeconds(1)), "car",
                SHANGHAI);
        assertThat(fee.amountFen()).isEqualTo(500);
        assertThat(fee.minutes()).isEqualTo(16);
        assertThat(fee.reason()).isEqualTo(Fee.Reason.TARIFF);
    }

    @Test
    void everyStartedAdditionalIntervalCounts() {
        assertThat(fee(Tariff.STANDARD, NINE_AM, Duration.ofMinutes(60))).isEqualTo(500);
        assertThat(fee(Tariff.STANDARD, NINE_AM, Duration.ofMinutes(61))).isEqualTo(700);
        assertThat(fee(Tariff.STANDARD, NINE_AM, Duration.ofMinutes(120))).isEqualTo(700);
        assertThat(fee(Tariff.STANDARD, NINE_AM, Duration.ofMinutes(121))).isEqualTo(900);
        assertThat(fee(Tariff.STANDARD, NINE_AM, Duration.ofHours(12))).isEqualTo(500 + 11 * 200);
    }

    @Test
    void aDayCostsAtMostTheDailyCap() {
        assertThat(fee(DAY_ONLY, NINE_AM, Duration.ofHours(13))).isEqualTo(2900);
        assertThat(fee(DAY_ONLY, NINE_AM, Duration.ofHours(14))).isEqualTo(3000);
        assertThat(fee(DAY_ONLY, NINE_AM, Duration.ofHours(24))).isEqualTo(3000);
    }

    @Test
    void multiDayStaysAreCappedPerTwentyFourHoursFromEntry() {
        assertThat(fee(DAY_ONLY, NINE_AM, Duration.ofHours(24).plusMinutes(1))).isEqualTo(3000 + 200);
        assertThat(fee(DAY_ONLY, NINE_AM, Duration.ofHours(49))).isEqualTo(3000 + 3000 + 200);
        assertThat(fee(DAY_ONLY, NINE_AM, Duration.ofDays(7))).isEqualTo(7 * 3000);
    }

    @Test
    void nightUnitsUseTheNightRateUpToTheNightCap() {
        Instant ninePm = OffsetDateTime.parse("2026-11-27T21:00:00+08:00").toInstant();
        // 21:00 first hour 500; 22:00-07:00 nine night hours at 100, capped at 500; 07:00 one day hour 200
        assertThat(fee(Tariff.STANDARD, ninePm, Duration.ofHours(11))).isEqualTo(500 + 500 + 200);
        // two night hours only
        Instant tenPm = OffsetDateTime.parse("2026-11-27T22:00:00+08:00").toInstant();
        assertThat(fee(Tariff.STANDARD, tenPm, Duration.ofHours(2))).isEqualTo(200);
    }

    @Test
    void eachNightHasItsOwnCap() {
        Instant tenPm = OffsetDateTime.parse("2026-11-27T22:00:00+08:00").toInstant();
        Tariff nightsOnly = new Tariff(0, 60, 500L, 60, 200L, null, "22:00", "07:00", 60, 100L, 300L, Set.of());
        // night 1: 9 hours capped at 300; day 07:00-22:00: 15 hours, 200 each; night 2 until 01:00: 3 hours = 300
        assertThat(fee(nightsOnly, tenPm, Duration.ofHours(27))).isEqualTo(300 + 15 * 200 + 300);
    }

    @Test
    void nightWindowsMayWrapMidnightOrNot() {
        Tariff wrap = Tariff.STANDARD;
        assertThat(FeeCalculator.nightOf(wrap, java.time.LocalDateTime.parse("2026-11-27T23:30"))).hasToString("2026-11-27");
        assertThat(FeeCalculator.nightOf(wrap, java.time.LocalDateTime.parse("2026-11-28T06:59"))).hasToString("2026-11-27");
        assertThat(FeeCalculator.nightOf(wrap, java.time.LocalDateTime.parse("2026-11-28T07:00"))).isNull();
        assertThat(FeeCalculator.nightOf(wrap, java.time.LocalDateTime.parse("2026-11-27T21:59"))).isNull();
        Tariff early = new Tariff(0, 60, 500L, 60, 200L, null, "00:00", "06:00", 60, 50L, null, Set.of());
        assertThat(FeeCalculator.nightOf(early, java.time.LocalDateTime.parse("2026-11-28T05:00"))).hasToString("2026-11-28");
        assertThat(FeeCalculator.nightOf(early, java.time.LocalDateTime.parse("2026-11-28T06:00"))).isNull();
    }

    @Test
    void listedVehicleTypesParkFree() {
        Fee fee = FeeCalculator.fee(Tariff.STANDARD, NINE_AM, NINE_AM.plus(Duration.ofHours(30)), "ambulance", SHANGHAI);
        assertThat(fee.amountFen()).isZero();
        assertThat(fee.reason()).isEqualTo(Fee.Reason.FREE_VEHICLE_TYPE);
        assertThat(fee.minutes()).isEqualTo(30 * 60);
    }

    @Test
    void aFreeLotChargesNothingEvenForLongStays() {
        Tariff free = new Tariff(0, 60, 0L, 60, 0L, 0L, null, null, null, null, null, Set.of());
        assertThat(fee(free, NINE_AM, Duration.ofDays(3))).isZero();
    }

    @Test
    void exitBeforeEntryAndOverlongStaysAreRefused() {
        assertThatThrownBy(() -> FeeCalculator.fee(Tariff.STANDARD, NINE_AM, NINE_AM.minusSeconds(1), "car", SHANGHAI))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeeCalculator.fee(Tariff.STANDARD, NINE_AM, NINE_AM.plus(Duration.ofDays(367)), "car",
                SHANGHAI)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tariffsNameEveryInvalidField() {
        Tariff bad = new Tariff(-1, 0, -5L, null, 200L, -1L, "25:00", "07:00", null, null, null, Set.of());
        assertThatThrownBy(() -> bad.validate("tariff.")).isInstanceOfSatisfying(ProblemException.class, e ->
                assertThat(e.problem().errors()).extracting(org.chrysalis.platform.api.problem.FieldError::field)
                        .contains("tariff.freeMinutes", "tariff.firstIntervalMinutes", "tariff.firstIntervalFen",
                                "tariff.additionalIntervalMinutes", "tariff.dailyCapFen", "tariff.nightStart",
                                "tariff.nightIntervalMinutes", "tariff.nightIntervalFen"));
        Tariff.STANDARD.validate("tariff.");
    }
}
