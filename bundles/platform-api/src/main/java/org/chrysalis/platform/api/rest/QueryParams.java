package org.chrysalis.platform.api.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.chrysalis.platform.api.problem.ProblemException;

/** Query parameters the JAX-RS defaults do not parse the platform's way. */
public final class QueryParams {

    private QueryParams() {
    }

    /** An ISO-8601 date-time with offset, or null when absent; a 400 problem naming the field otherwise. */
    public static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO-8601 date-time with offset, e.g. 2026-01-31T08:00:00+08:00");
        }
    }
}
