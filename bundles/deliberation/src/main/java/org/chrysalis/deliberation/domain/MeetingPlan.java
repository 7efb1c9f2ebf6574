package org.chrysalis.deliberation.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chrysalis.platform.api.problem.FieldErrors;

/**
 * A meeting the committee schedules for agenda topics of one village.
 *
 * @param place        where it is held; may be empty when {@code online}
 * @param participants invited representatives and stakeholders, by name, unique
 */
public record MeetingPlan(String villageCode, List<Long> topicIds, Instant scheduledAt, String place, Boolean online,
                          List<Participant> participants) {

    public enum Role { REPRESENTATIVE, STAKEHOLDER }

    public record Participant(String name, Role role) {
    }

    public void validate() {
        FieldErrors errors = new FieldErrors().required("villageCode", villageCode).required("scheduledAt", scheduledAt)
                .maxLength("place", place, 200);
        errors.check(topicIds != null && !topicIds.isEmpty(), "topicIds", "must name at least one agenda topic");
        errors.check(Boolean.TRUE.equals(online) || (place != null && !place.isBlank()), "place",
                "is required unless the meeting is online");
        if (participants == null || participants.isEmpty()) {
            errors.add("participants", "must invite at least one representative");
        } else {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < participants.size(); i++) {
                Participant p = participants.get(i);
                String field = "participants[" + i + "]";
                if (p == null || p.name() == null || p.name().isBlank()) {
                    errors.add(field + ".name", "is required");
                    continue;
                }
                errors.maxLength(field + ".name", p.name(), 100).required(field + ".role", p.role());
                errors.check(names.add(p.name()), field + ".name", "is invited twice");
            }
            errors.check(participants.stream().anyMatch(p -> p != null && p.role() == Role.REPRESENTATIVE),
                    "participants", "must invite at least one representative");
        }
        errors.throwIfAny();
    }

    public long representatives() {
        return participants.stream().filter(p -> p.role() == Role.REPRESENTATIVE).count();
    }
}
