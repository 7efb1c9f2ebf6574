package org.chrysalis.emergency.service;

import org.chrysalis.emergency.domain.Alarm;
import org.chrysalis.emergency.domain.AlarmSnapshot;
import org.chrysalis.emergency.domain.DispatchedResource;
import org.chrysalis.emergency.domain.Responder;
import org.chrysalis.emergency.domain.TierWindows;
import org.chrysalis.emergency.domain.TimelineEntry;
import org.chrysalis.emergency.persistence.AlarmEntity;
import org.chrysalis.platform.api.persistence.JsonText;

/** Moves an alarm between its domain form and its row. */
final class AlarmRecords {

    private AlarmRecords() {
    }

    static Alarm load(AlarmEntity e, TierWindows windows) {
        return Alarm.restore(new AlarmSnapshot(e.id, e.enterpriseName, e.creditCode, e.park, e.kind, e.description,
                e.drill, e.raisedAt, e.raisedBy, e.tier, e.tierStartedAt, e.deadline, e.status, e.overdue,
                JsonText.readList(e.respondersJson, Responder.class),
                JsonText.readList(e.resourcesJson, DispatchedResource.class),
                JsonText.readList(e.timelineJson, TimelineEntry.class)), windows);
    }

    static void store(Alarm alarm, AlarmEntity e) {
        AlarmSnapshot s = alarm.snapshot();
        e.id = s.id();
        e.enterpriseName = s.enterpriseName();
        e.creditCode = s.creditCode();
        e.park = s.park();
        e.kind = s.kind();
        e.description = s.description();
        e.drill = s.drill();
        e.raisedAt = s.raisedAt();
        e.raisedBy = s.raisedBy();
        e.tier = s.tier();
        e.tierStartedAt = s.tierStartedAt();
        e.deadline = s.deadline();
        e.status = s.status();
        e.overdue = s.overdue();
        e.escalationDueAt = alarm.escalationDueAt().orElse(null);
        e.respondersJson = JsonText.write(s.responders());
        e.resourcesJson = JsonText.write(s.resources());
        e.timelineJson = JsonText.write(s.timeline());
    }
}
