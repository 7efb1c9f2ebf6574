package org.chrysalis.parking.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.chrysalis.platform.api.problem.FieldError;

/**
 * An observation as it arrived, every field still text, so one malformed item of a batch is
 * rejected on its own with the reasons instead of failing the whole request.
 */
public record RawObservation(String eventId, String spotId, String status, String observedAt, String deviceId,
                             String sequence) {

    public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.:\\-]{0,127}";
    /** Compiled once: ingestion checks two ids per observation, thousands per second. */
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile(ID_PATTERN);
    /** Sensors may run a little ahead of the platform's clock, not more. */
    public static final long MAX_FUTURE_SECONDS = 300;

    /** The parsed observation, or the reasons it is malformed. */
    public Parsed parse(Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (eventId == null || !ID.matcher(eventId).matches()) {
            errors.add(new FieldError("eventId", "is required: 1-128 letters, digits, '.', '_', ':' or '-'"));
        }
        if (spotId == null || !ID.matcher(spotId).matches()) {
            errors.add(new FieldError("spotId", "is required: 1-128 letters, digits, '.', '_', ':' or '-'"));
        }
        SpotStatus parsedStatus = SpotStatus.fromWire(status);
        if (parsedStatus == null) {
            errors.add(new FieldError("status", "must be one of free, occupied, closed, unknown"));
        }
        Instant at = null;
        if (observedAt == null) {
            errors.add(new FieldError("observedAt", "is required"));
        } else {
            try {
                at = OffsetDateTime.parse(observedAt).toInstant();
                if (at.isAfter(now.plusSeconds(MAX_FUTURE_SECONDS))) {
                    errors.add(new FieldError("observedAt", "is in the future"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("observedAt", "must be an ISO-8601 date-time with offset"));
            }
        }
        if (deviceId != null && deviceId.length() > 128) {
            errors.add(new FieldError("deviceId", "must be at most 128 characters"));
        }
        Long seq = null;
        if (sequence != null) {
            try {
                seq = Long.valueOf(sequence);
            } catch (NumberFormatException e) {
                errors.add(new FieldError("sequence", "must be an integer"));
            }
        }
        return errors.isEmpty()
                ? new Parsed(new Observation(eventId, spotId, parsedStatus, at, deviceId, seq), List.of())
                : new Parsed(null, errors);
    }

    public record Parsed(Observation observation, List<FieldError> errors) {
        public boolean ok() {
            return observation != null;
        }
    }
}
