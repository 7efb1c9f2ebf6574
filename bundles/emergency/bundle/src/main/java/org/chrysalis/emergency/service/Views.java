package org.chrysalis.emergency.service;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.chrysalis.emergency.domain.Alarm;
import org.chrysalis.emergency.domain.AlarmAction;
import org.chrysalis.emergency.domain.AlarmKind;
import org.chrysalis.emergency.domain.AlarmStatus;
import org.chrysalis.emergency.domain.DispatchedResource;
import org.chrysalis.emergency.domain.ResourceKind;
import org.chrysalis.emergency.domain.Responder;
import org.chrysalis.emergency.domain.Tier;
import org.chrysalis.emergency.domain.TimelineEntry;

/** What the API reads and writes. Optional JSON fields are boxed, since the platform's JSON is strict. */
public final class Views {

    private Views() {
    }

    /** An alarm as a client sees it, with the actions the caller may take now. */
    public record AlarmView(String id, String enterpriseName, String creditCode, String park, AlarmKind kind,
                            String description, boolean drill, Instant raisedAt, String raisedBy, Tier tier,
                            Instant tierStartedAt, Instant deadline, AlarmStatus status, boolean overdue,
                            List<Responder> responders, List<DispatchedResource> resources,
                            List<TimelineEntry> timeline, Set<AlarmAction> allowedActions) {

        static AlarmView of(Alarm a, Set<String> roles) {
            return new AlarmView(a.id(), a.enterpriseName(), a.creditCode(), a.park(), a.kind(), a.description(),
                    a.drill(), a.raisedAt(), a.raisedBy(), a.tier(), a.tierStartedAt(), a.deadline(), a.status(),
                    a.overdue(), a.responders(), a.resources(), a.timeline(), a.allowedActions(roles));
        }
    }

    /** A raised alarm as posted. */
    public record RaiseInput(String enterpriseName, String creditCode, String park, AlarmKind kind,
                             String description, Boolean drill) {
    }

    /** One resource of a dispatch as posted. */
    public record ResourceInput(ResourceKind kind, String name, Integer quantity) {
    }

    /** An action as posted: a note (required to escalate or cancel) and, for DISPATCH, the resources sent. */
    public record ActionInput(AlarmAction action, String note, List<ResourceInput> resources) {
    }
}
