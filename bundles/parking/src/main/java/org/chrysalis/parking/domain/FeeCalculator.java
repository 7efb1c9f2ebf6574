package org.chrysalis.parking.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** The fee of a stay under a {@link Tariff}, in integer fen. */
public final class FeeCalculator {

    /** Longer stays are an operator's matter, not a tariff's. */
    public static final Duration MAX_STAY = Duration.ofDays(366);

    private FeeCalculator() {
    }

    public static Fee fee(Tariff tariff, Instant entry, Instant exit, String vehicleType, ZoneId zone) {
        if (exit.isBefore(entry)) {
            throw new IllegalArgumentException("exit before entry");
        }
        if (Duration.between(entry, exit).compareTo(MAX_STAY) > 0) {
            throw new IllegalArgumentException("stay longer than " + MAX_STAY.toDays() + " days");
        }
        long minutes = (Duration.between(entry, exit).getSeconds() + 59) / 60;
        if (vehicleType != null && tariff.freeVehicleTypes().contains(vehicleType)) {
            return new Fee(0, minutes, Fee.Reason.FREE_VEHICLE_TYPE);
        }
        if (minutes <= tariff.free()) {
            return new Fee(0, minutes, Fee.Reason.WITHIN_FREE_MINUTES);
        }
        long total = 0;
        long periodSum = 0;
        Instant periodEnd = entry.plus(Duration.ofDays(1));
        Map<LocalDate, Long> nightSums = new HashMap<>();
        boolean first = true;
        Instant t = entry;
        while (t.isBefore(exit)) {
            if (!t.isBefore(periodEnd)) {
                total += capped(periodSum, tariff.dailyCapFen());
                periodSum = 0;
                periodEnd = periodEnd.plus(Duration.ofDays(1));
            }
            LocalDateTime local = LocalDateTime.ofInstant(t, zone);
            long price;
            int length;
            LocalDate night = nightOf(tariff, local);
            if (night != null) {
                length = tariff.nightIntervalMinutes();
                long spent = nightSums.getOrDefault(night, 0L);
                price = tariff.nightCapFen() == null ? tariff.nightIntervalFen()
                        : Math.max(0, Math.min(tariff.nightIntervalFen(), tariff.nightCapFen() - spent));
                nightSums.put(night, spent + price);
            } else if (first) {
                length = tariff.firstIntervalMinutes();
                price = tariff.firstIntervalFen();
            } else {
                length = tariff.additionalIntervalMinutes();
                price = tariff.additionalIntervalFen();
            }
            first = false;
            periodSum += price;
            t = t.plus(Duration.ofMinutes(length));
        }
        total += capped(periodSum, tariff.dailyCapFen());
        return new Fee(total, minutes, Fee.Reason.TARIFF);
    }

    private static long capped(long sum, Long cap) {
        return cap == null ? sum : Math.min(sum, cap);
    }

    /** The date the night of a local time began on, or null when it is day time. */
    static LocalDate nightOf(Tariff tariff, LocalDateTime local) {
        if (!tariff.hasNight()) {
            return null;
        }
        LocalTime start = tariff.nightStartTime();
        LocalTime end = tariff.nightEndTime();
        LocalTime time = local.toLocalTime();
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end) ? local.toLocalDate() : null;
        }
        if (!time.isBefore(start)) {
            return local.toLocalDate();
        }
        return time.isBefore(end) ? local.toLocalDate().minusDays(1) : null;
    }

    /** A fee, the minutes charged for (started minutes) and why it is what it is. */
    public record Fee(long amountFen, long minutes, Reason reason) {
        public enum Reason { TARIFF, WITHIN_FREE_MINUTES, FREE_VEHICLE_TYPE }
    }
}
