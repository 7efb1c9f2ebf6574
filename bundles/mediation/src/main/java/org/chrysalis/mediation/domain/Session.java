package org.chrysalis.mediation.domain;

import java.time.Instant;
import java.util.List;

import org.chrysalis.platform.api.problem.FieldErrors;

/**
 * A mediation session, planned or held.
 *
 * @param place     an address or a meeting link; optional, as it may be fixed later
 * @param attendees names of the people present; null counts as none
 * @param minutes   what was said, once the session is held
 */
public record Session(Instant scheduledAt, SessionMode mode, String place, List<String> attendees,
                      String minutes) {

    public static final int PLACE_MAX_LENGTH = 200;
    public static final int ATTENDEES_MAX_ITEMS = 20;
    public static final int ATTENDEE_MAX_LENGTH = 100;
    public static final int MINUTES_MAX_LENGTH = 8_000;

    /** Throws a 400 problem listing every invalid field. */
    public void validate() {
        var errors = new FieldErrors();
        collectErrors(errors, "");
        errors.throwIfAny();
    }

    /** Adds this session's errors to an enclosing input's, with field names under {@code prefix}. */
    void collectErrors(FieldErrors errors, String prefix) {
        errors.required(prefix + "scheduledAt", scheduledAt)
                .required(prefix + "mode", mode)
                .maxLength(prefix + "place", place, PLACE_MAX_LENGTH)
                .maxLength(prefix + "minutes", minutes, MINUTES_MAX_LENGTH);
        if (attendees != null) {
            errors.check(attendees.size() <= ATTENDEES_MAX_ITEMS, prefix + "attendees",
                    "must have at most " + ATTENDEES_MAX_ITEMS + " names");
            for (int i = 0; i < attendees.size(); i++) {
                var field = prefix + "attendees[" + i + "]";
                errors.required(field, attendees.get(i)).maxLength(field, attendees.get(i), ATTENDEE_MAX_LENGTH);
            }
        }
    }
}
