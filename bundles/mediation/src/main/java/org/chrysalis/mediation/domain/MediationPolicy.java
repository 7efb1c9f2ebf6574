package org.chrysalis.mediation.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.chrysalis.platform.api.problem.FieldErrors;
import org.chrysalis.platform.api.problem.Problem;
import org.chrysalis.platform.api.problem.ProblemException;

/**
 * The mediation deadline and its one extension, read from configuration. Days are exact 24-hour days
 * counted from the instant of acceptance, so the deadline does not depend on a time zone.
 *
 * @param deadlineDays       {@code deadline.days}: how long the mediation may take from acceptance
 * @param extensionMaxDays   {@code extension.maxDays}: the most one extension may add; 0 switches extensions off
 * @param warningDays        {@code warning.days}: how long before the deadline a dispute counts as due soon;
 *                           0 switches the warning off
 * @param conflictRecentDays {@code conflict.recentDays}: how far back a mediator's case against the same
 *                           merchant counts as a conflict; 0 switches that rule off
 */
public record MediationPolicy(int deadlineDays, int extensionMaxDays, int warningDays, int conflictRecentDays) {

    public static final String DEADLINE_DAYS = "deadline.days";
    public static final String EXTENSION_MAX_DAYS = "extension.maxDays";
    public static final String WARNING_DAYS = "warning.days";
    public static final String CONFLICT_RECENT_DAYS = "conflict.recentDays";

    public static final int DEFAULT_DEADLINE_DAYS = 30;
    public static final int DEFAULT_EXTENSION_MAX_DAYS = 30;
    public static final int DEFAULT_WARNING_DAYS = 3;
    public static final int DEFAULT_CONFLICT_RECENT_DAYS = 0;

    /** The problem type of a refused extension. */
    public static final String EXTENSION_REFUSED = "extension-refused";

    public MediationPolicy {
        atLeast(DEADLINE_DAYS, deadlineDays, 1);
        atLeast(EXTENSION_MAX_DAYS, extensionMaxDays, 0);
        atLeast(WARNING_DAYS, warningDays, 0);
        atLeast(CONFLICT_RECENT_DAYS, conflictRecentDays, 0);
    }

    public static MediationPolicy defaults() {
        return from(Map.of());
    }

    /**
     * Reads the four keys and ignores every other one, since the same configuration holds other settings.
     * A missing or blank value takes the default. Values may be whole numbers or their text, as
     * configuration admin delivers either.
     *
     * @throws IllegalArgumentException naming the key, for a value that is not a whole number in range
     */
    public static MediationPolicy from(Map<String, ?> config) {
        var values = config == null ? Map.<String, Object>of() : config;
        return new MediationPolicy(
                read(values, DEADLINE_DAYS, DEFAULT_DEADLINE_DAYS),
                read(values, EXTENSION_MAX_DAYS, DEFAULT_EXTENSION_MAX_DAYS),
                read(values, WARNING_DAYS, DEFAULT_WARNING_DAYS),
                read(values, CONFLICT_RECENT_DAYS, DEFAULT_CONFLICT_RECENT_DAYS));
    }

    private static int read(Map<String, ?> config, String key, int fallback) {
        var value = config.get(key);
        if (value == null || value.toString().isBlank()) {
            return fallback;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            long whole = ((Number) value).longValue();
            if (whole < Integer.MIN_VALUE || whole > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("Configuration key '" + key + "' is out of range: " + value);
            }
            return (int) whole;
        }
        if (value instanceof String text) {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "Configuration key '" + key + "' must be a whole number of days: " + value, e);
            }
        }
        throw new IllegalArgumentException("Configuration key '" + key + "' must be a whole number of days: " + value);
    }

    private static void atLeast(String key, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(
                    "Configuration key '" + key + "' must be at least " + min + ", not " + value + ".");
        }
    }

    /** When the mediation of a dispute accepted at this instant must be decided. */
    public Instant deadline(Instant acceptedAt) {
        return Objects.requireNonNull(acceptedAt, "acceptedAt").plus(Duration.ofDays(deadlineDays));
    }

    /**
     * The deadline after the one extension the rules allow: both parties must agree to it, since a longer
     * mediation delays the consumer's way to court. The request's shape is checked before the dispute's
     * state, so a malformed request gets 400 even on a dispute that could not be extended anyway.
     *
     * @throws ProblemException 400 on field "days" when days is below 1; 409 of type "extension-refused", with
     *                          extension "reason" (already-extended, consent-missing, too-long), otherwise
     */
    public Instant extend(Instant currentDeadline, int days, boolean consumerConsents, boolean merchantConsents,
                          boolean alreadyExtended) {
        Objects.requireNonNull(currentDeadline, "currentDeadline");
        new FieldErrors().check(days >= 1, "days", "must be at least 1").throwIfAny();
        if (alreadyExtended) {
            throw refused("already-extended", "The mediation deadline was already extended; it can be extended once.");
        }
        if (!consumerConsents || !merchantConsents) {
            throw refused("consent-missing",
                    "Extending the deadline needs the consent of both parties; missing: " + missing(consumerConsents,
                            merchantConsents) + ".");
        }
        if (extensionMaxDays == 0) {
            throw refused("too-long", "Extensions of the mediation deadline are switched off.");
        }
        if (days > extensionMaxDays) {
            throw refused("too-long",
                    "An extension may add at most " + extensionMaxDays + " days, not " + days + ".");
        }
        return currentDeadline.plus(Duration.ofDays(days));
    }

    private static String missing(boolean consumerConsents, boolean merchantConsents) {
        if (!consumerConsents && !merchantConsents) {
            return "the consumer and the merchant";
        }
        return consumerConsents ? "the merchant" : "the consumer";
    }

    private static ProblemException refused(String reason, String detail) {
        return new ProblemException(Problem.of(409, EXTENSION_REFUSED, detail).withExtension("reason", reason));
    }

    /**
     * The deadline is close: at most {@code warning.days} ahead and not yet passed. Being exactly at the
     * deadline is still due soon, as it is not yet expired.
     */
    public boolean isDueSoon(Instant deadline, Instant now) {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(now, "now");
        return warningDays > 0
                && !now.isAfter(deadline)
                && !now.isBefore(deadline.minus(Duration.ofDays(warningDays)));
    }

    /** The deadline has passed; the very instant of the deadline is still on time. */
    public boolean isExpired(Instant deadline, Instant now) {
        Objects.requireNonNull(deadline, "deadline");
        return Objects.requireNonNull(now, "now").isAfter(deadline);
    }

    /**
     * From when a mediator's cases count as recent for the conflict rule, or empty when the rule is off
     * (the caller then passes an empty map to {@link Rotation#assign}).
     */
    public Optional<Instant> recentCasesSince(Instant now) {
        Objects.requireNonNull(now, "now");
        return conflictRecentDays == 0 ? Optional.empty() : Optional.of(now.minus(Duration.ofDays(conflictRecentDays)));
    }
}
