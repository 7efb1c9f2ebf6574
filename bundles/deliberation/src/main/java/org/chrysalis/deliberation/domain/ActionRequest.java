package org.chrysalis.deliberation.domain;

import java.time.Instant;

import org.chrysalis.platform.api.problem.FieldErrors;

/**
 * What a user sends to act on a topic; fields the action does not use are ignored.
 *
 * @param reason          the public reason of a DECLINE
 * @param votingClosesAt  end of the voting window (OPEN_VOTING); it opens at once
 */
public record ActionRequest(TopicAction action, String comment, String reason, Instant votingClosesAt) {

    public static final int TEXT_MAX = 2000;

    public void validate() {
        FieldErrors errors = new FieldErrors().required("action", action).maxLength("comment", comment, TEXT_MAX)
                .maxLength("reason", reason, TEXT_MAX);
        if (action == TopicAction.DECLINE) {
            errors.required("reason", reason);
        }
        if (action == TopicAction.OPEN_VOTING) {
            errors.required("votingClosesAt", votingClosesAt);
        }
        errors.throwIfAny();
    }
}
