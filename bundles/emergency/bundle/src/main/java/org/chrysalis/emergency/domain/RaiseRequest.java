package org.chrysalis.emergency.domain;

/** What an enterprise sends to raise an alarm, as received; check it with {@link AlarmValidation}. */
public record RaiseRequest(String enterpriseName, String creditCode, String park, AlarmKind kind,
                           String description, boolean drill) {
}
