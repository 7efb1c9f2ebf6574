package org.chrysalis.deliberation.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.persistence.EntityManager;

import org.chrysalis.deliberation.domain.TopicAction;
import org.chrysalis.deliberation.domain.TopicStatus;
import org.chrysalis.deliberation.domain.Transition;
import org.chrysalis.deliberation.persistence.HistoryEntity;
import org.chrysalis.deliberation.persistence.TopicEntity;
import org.chrysalis.platform.api.audit.AuditEvent;
import org.chrysalis.platform.api.audit.AuditService;
import org.chrysalis.platform.api.event.Topics;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** A topic's history, the platform audit and EventAdmin events, written the same way by every service. */
public class Journal {

    static final String CAPABILITY = "deliberation";

    private final AuditService audit;
    private final EventAdmin events;

    public Journal(AuditService audit, EventAdmin events) {
        this.audit = audit;
        this.events = events;
    }

    /** Moves the topic, writes its history and the audit entry, in the caller's transaction. */
    void move(EntityManager em, TopicEntity t, Transition move, String actor, Instant now, String comment, String detail) {
        Map<String, Object> before = snapshot(t);
        t.status = move.to();
        t.updatedAt = now;
        history(em, t.id, now, actor, move.action(), move.from(), move.to(), comment, detail);
        audit(actor, "topic", t.id, move.action().name().toLowerCase(java.util.Locale.ROOT), before, snapshot(t));
    }

    void history(EntityManager em, long topicId, Instant at, String actor, TopicAction action, TopicStatus from,
                 TopicStatus to, String comment, String detail) {
        HistoryEntity h = new HistoryEntity();
        h.topicId = topicId;
        h.at = at;
        h.actor = actor;
        h.action = action;
        h.from = from;
        h.to = to;
        h.comment = comment;
        h.detail = detail;
        em.persist(h);
    }

    void audit(String actor, String entity, Object id, String action, Object before, Object after) {
        audit.record(new AuditEvent(actor, CAPABILITY, entity, String.valueOf(id), action, before, after));
    }

    /** After the commit: {@code chrysalis/deliberation/topic/<EVENT>}. */
    void publish(String event, long topicId, String villageCode, String actor, TopicStatus from, TopicStatus to) {
        Map<String, Object> properties = Topics.properties(topicId, actor, from, to);
        properties.put(Topics.AREA_CODE, villageCode);
        events.postEvent(new Event(Topics.of(CAPABILITY, "topic", event), properties));
    }

    static Map<String, Object> snapshot(TopicEntity t) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("status", t.status);
        s.put("cosigners", t.cosigners);
        s.put("round", t.round);
        s.put("voteClosesAt", t.voteClosesAt);
        s.put("outcome", t.outcome);
        s.put("winningOptionId", t.winningOptionId);
        s.put("noticeEndsAt", t.noticeEndsAt);
        s.put("progressPercent", t.progressPercent);
        return s;
    }
}
