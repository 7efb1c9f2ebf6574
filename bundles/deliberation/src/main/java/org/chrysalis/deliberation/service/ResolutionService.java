package org.chrysalis.deliberation.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.deliberation.domain.BallotRules;
import org.chrysalis.deliberation.domain.TopicAction;
import org.chrysalis.deliberation.domain.TopicLifecycle;
import org.chrysalis.deliberation.domain.TopicStatus;
import org.chrysalis.deliberation.domain.Transition;
import org.chrysalis.deliberation.persistence.ObjectionEntity;
import org.chrysalis.deliberation.persistence.ProgressEntity;
import org.chrysalis.deliberation.persistence.TopicEntity;
import org.chrysalis.deliberation.service.Views.ObjectionInput;
import org.chrysalis.deliberation.service.Views.ObjectionView;
import org.chrysalis.deliberation.service.Views.ProgressInput;
import org.chrysalis.deliberation.service.Views.ProgressView;
import org.chrysalis.deliberation.service.Views.RulingInput;
import org.chrysalis.platform.api.problem.FieldErrors;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.security.Actor;
import org.chrysalis.platform.api.time.PlatformClock;

/**
 * After the decision: objections during the public notice (an upheld one sends the topic back to
 * deliberation) and the follow-up of its implementation until 100 %.
 */
public class ResolutionService {

    static final String PENDING = "PENDING";
    static final String UPHELD = "UPHELD";
    static final String OVERRULED = "OVERRULED";
    /** Still pending when another objection of the same round was upheld: nothing left to rule on. */
    static final String SUPERSEDED = "SUPERSEDED";

    private final JpaTemplate jpa;
    private final RegisterService register;
    private final Journal journal;
    private final PlatformClock clock;

    public ResolutionService(JpaTemplate jpa, RegisterService register, Journal journal, PlatformClock clock) {
        this.jpa = jpa;
        this.register = register;
        this.journal = journal;
        this.clock = clock;
    }

    // ---- objections

    public List<ObjectionView> objections(long topicId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            TopicService.find(em, topicId, false);
            return em.createQuery("select o from ObjectionEntity o where o.topicId = :id order by o.id",
                    ObjectionEntity.class).setParameter("id", topicId).getResultList().stream()
                    .map(ResolutionService::view).toList();
        });
    }

    public ObjectionView object(long topicId, ObjectionInput input, Actor actor) {
        String reason = input == null ? null : input.reason();
        new FieldErrors().required("reason", reason).maxLength("reason", reason, 2000).throwIfAny();
        Instant now = clock.now();
        ObjectionEntity saved = jpa.txExpr(TransactionType.Required, em -> {
            TopicEntity t = TopicService.find(em, topicId, true);
            BallotRules.checkMayObject(t.status, now, t.noticeEndsAt, register.villageOf(em, actor.name()), t.villageCode);
            ObjectionEntity o = new ObjectionEntity();
            o.topicId = topicId;
            o.round = t.round;
            o.objector = actor.name();
            o.reason = reason;
            o.lodgedAt = now;
            o.status = PENDING;
            em.persist(o);
            em.flush();
            journal.history(em, topicId, now, actor.name(), null, t.status, t.status, null, "objection " + o.id + " lodged");
            journal.audit(actor.name(), "objection", o.id, "lodge", null, view(o));
            return o;
        });
        return view(saved);
    }

    /** The committee rules on a pending objection; upholding it sends the topic back to deliberation. */
    public ObjectionView rule(long topicId, long objectionId, RulingInput input, Actor actor) {
        new FieldErrors().required("upheld", input == null ? null : input.upheld())
                .required("reason", input == null ? null : input.reason())
                .maxLength("reason", input == null ? null : input.reason(), 2000).throwIfAny();
        Instant now = clock.now();
        TopicStatus[] from = new TopicStatus[1];
        Object[] result = jpa.txExpr(TransactionType.Required, em -> {
            TopicEntity t = TopicService.find(em, topicId, true);
            from[0] = t.status;
            ObjectionEntity o = em.find(ObjectionEntity.class, objectionId);
            if (o == null || o.topicId != topicId) {
                throw ProblemException.notFound("Objection", String.valueOf(objectionId));
            }
            if (!PENDING.equals(o.status)) {
                throw ProblemException.conflict("The objection was already ruled on: " + o.status + ".");
            }
            ObjectionView before = view(o);
            o.status = input.upheld() ? UPHELD : OVERRULED;
            o.ruling = input.reason();
            o.ruledBy = actor.name();
            o.ruledAt = now;
            journal.audit(actor.name(), "objection", o.id, "rule", before, view(o));
            if (input.upheld()) {
                Transition back = TopicLifecycle.system(t.status, TopicAction.UPHOLD_OBJECTION).orElseThrow(() ->
                        ProblemException.conflict("The topic is " + t.status + "; an objection sends back only a"
                                + " decision in public notice."));
                em.createQuery("update ObjectionEntity o set o.status = :superseded, o.version = o.version + 1 where o.topicId = :id"
                        + " and o.status = :pending").setParameter("superseded", SUPERSEDED).setParameter("id", topicId)
                        .setParameter("pending", PENDING).executeUpdate();
                journal.move(em, t, back, actor.name(), now, input.reason(), "objection " + o.id + " upheld");
            } else {
                journal.history(em, topicId, now, actor.name(), null, t.status, t.status, input.reason(),
                        "objection " + o.id + " overruled");
            }
            return new Object[] {view(o), t.villageCode, t.status};
        });
        if (input.upheld()) {
            journal.publish(TopicAction.UPHOLD_OBJECTION.name(), topicId, (String) result[1], actor.name(), from[0],
                    (TopicStatus) result[2]);
        }
        return (ObjectionView) result[0];
    }

    // ---- implementation

    public List<ProgressView> progress(long topicId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            TopicService.find(em, topicId, false);
            return em.createQuery("select p from ProgressEntity p where p.topicId = :id order by p.id", ProgressEntity.class)
                    .setParameter("id", topicId).getResultList().stream()
                    .map(p -> new ProgressView(p.id, p.percent, p.note, p.reportedBy, p.reportedAt)).toList();
        });
    }

    /** Records progress of an implementing topic; 100 % completes it. */
    public ProgressView report(long topicId, ProgressInput input, Actor actor) {
        if (input == null) {
            throw ProblemException.badRequest("The request has no body.");
        }
        new FieldErrors().maxLength("note", input.note(), 2000).throwIfAny();
        Instant now = clock.now();
        Object[] result = jpa.txExpr(TransactionType.Required, em -> {
            TopicEntity t = TopicService.find(em, topicId, true);
            if (t.status != TopicStatus.IMPLEMENTING) {
                throw ProblemException.conflict("Progress is reported while the topic is implemented; it is "
                        + t.status + ".");
            }
            BallotRules.checkProgress(t.progressPercent, input.percent());
            int before = t.progressPercent;
            ProgressEntity p = new ProgressEntity();
            p.topicId = topicId;
            p.percent = input.percent();
            p.note = input.note();
            p.reportedBy = actor.name();
            p.reportedAt = now;
            em.persist(p);
            em.flush();
            t.progressPercent = input.percent();
            t.updatedAt = now;
            journal.audit(actor.name(), "topic", topicId, "progress", Map.of("progressPercent", before),
                    Map.of("progressPercent", t.progressPercent));
            boolean completed = false;
            if (t.progressPercent == 100) {
                Transition done = TopicLifecycle.system(t.status, TopicAction.COMPLETE).orElseThrow();
                t.completedAt = now;
                journal.move(em, t, done, actor.name(), now, input.note(), "implementation at 100 %");
                completed = true;
            } else {
                journal.history(em, topicId, now, actor.name(), null, t.status, t.status, input.note(),
                        "progress " + t.progressPercent + " %");
            }
            return new Object[] {new ProgressView(p.id, p.percent, p.note, p.reportedBy, p.reportedAt), completed,
                t.villageCode};
        });
        if ((Boolean) result[1]) {
            journal.publish(TopicAction.COMPLETE.name(), topicId, (String) result[2], actor.name(),
                    TopicStatus.IMPLEMENTING, TopicStatus.COMPLETED);
        }
        return (ProgressView) result[0];
    }

    private static ObjectionView view(ObjectionEntity o) {
        return new ObjectionView(o.id, o.topicId, o.round, o.objector, o.reason, o.lodgedAt, o.status, o.ruling,
                o.ruledBy, o.ruledAt);
    }
}
