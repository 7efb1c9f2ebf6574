package org.chrysalis.emergency.domain;

import java.time.Instant;
import java.util.List;

/** Every field of an alarm, for storing it and loading it back with {@link Alarm#restore}. */
public record AlarmSnapshot(String id, String enterpriseName, String creditCode, String park, AlarmKind kind,
                            String description, boolean drill, Instant raisedAt, String raisedBy,
                            Tier tier, Instant tierStartedAt, Instant deadline, AlarmStatus status,
                            boolean overdue, List<Responder> responders, List<DispatchedResource> resources,
                            List<TimelineEntry> timeline) {

    public AlarmSnapshot {
        responders = List.copyOf(responders);
        resources = List.copyOf(resources);
        timeline = List.copyOf(timeline);
    }
}
