package org.chrysalis.parking.domain;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.chrysalis.platform.api.problem.FieldErrors;

/**
 * A lot's prices, in fen. A stay within {@code freeMinutes} costs nothing; beyond it the stay is
 * charged from entry: the first interval at its price, then each started additional interval.
 * Units that start in the night window ({@code nightStart} to {@code nightEnd}, local time, may
 * wrap midnight) cost {@code nightIntervalFen} per started {@code nightIntervalMinutes} instead,
 * at most {@code nightCapFen} per night. Each 24 hours from entry cost at most
 * {@code dailyCapFen}. Vehicles of {@code freeVehicleTypes} park free. Times are "HH:mm".
 * Boxed fields are optional.
 */
public record Tariff(Integer freeMinutes, Integer firstIntervalMinutes, Long firstIntervalFen,
                     Integer additionalIntervalMinutes, Long additionalIntervalFen, Long dailyCapFen,
                     String nightStart, String nightEnd, Integer nightIntervalMinutes, Long nightIntervalFen,
                     Long nightCapFen, Set<String> freeVehicleTypes) {

    /** 15 free minutes, 5 yuan the first hour, 2 yuan each further hour, 30 yuan a day; night 1 yuan an hour, 5 a night. */
    public static final Tariff STANDARD = new Tariff(15, 60, 500L, 60, 200L, 3000L, "22:00", "07:00", 60, 100L, 500L,
            Set.of("ambulance", "fireEngine", "police"));

    public Tariff {
        freeVehicleTypes = freeVehicleTypes == null ? Set.of() : Set.copyOf(freeVehicleTypes);
    }

    /** Answers 400 naming every invalid field (prefixed, e.g. "tariff."). */
    public void validate(String prefix) {
        FieldErrors errors = new FieldErrors();
        errors.check(freeMinutes == null || freeMinutes >= 0 && freeMinutes <= 1440, prefix + "freeMinutes", "must be 0 to 1440")
                .check(firstIntervalMinutes != null && firstIntervalMinutes >= 1 && firstIntervalMinutes <= 1440,
                        prefix + "firstIntervalMinutes", "is required, 1 to 1440")
                .check(firstIntervalFen != null && firstIntervalFen >= 0, prefix + "firstIntervalFen", "is required, 0 or more")
                .check(additionalIntervalMinutes != null && additionalIntervalMinutes >= 1 && additionalIntervalMinutes <= 1440,
                        prefix + "additionalIntervalMinutes", "is required, 1 to 1440")
                .check(additionalIntervalFen != null && additionalIntervalFen >= 0, prefix + "additionalIntervalFen",
                        "is required, 0 or more")
                .check(dailyCapFen == null || dailyCapFen >= 0, prefix + "dailyCapFen", "must be 0 or more")
                .check(nightCapFen == null || nightCapFen >= 0, prefix + "nightCapFen", "must be 0 or more");
        boolean night = nightStart != null || nightEnd != null;
        if (night) {
            errors.check(time(nightStart) != null, prefix + "nightStart", "must be a time like 22:00")
                    .check(time(nightEnd) != null, prefix + "nightEnd", "must be a time like 07:00")
                    .check(nightIntervalMinutes != null && nightIntervalMinutes >= 1 && nightIntervalMinutes <= 1440,
                            prefix + "nightIntervalMinutes", "is required with a night window, 1 to 1440")
                    .check(nightIntervalFen != null && nightIntervalFen >= 0, prefix + "nightIntervalFen",
                            "is required with a night window, 0 or more");
        }
        errors.throwIfAny();
    }

    boolean hasNight() {
        return nightStart != null && nightEnd != null;
    }

    LocalTime nightStartTime() {
        return time(nightStart);
    }

    LocalTime nightEndTime() {
        return time(nightEnd);
    }

    int free() {
        return freeMinutes == null ? 0 : freeMinutes;
    }

    private static LocalTime time(String text) {
        try {
            return text == null ? null : LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
