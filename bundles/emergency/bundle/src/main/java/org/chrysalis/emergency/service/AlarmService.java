package org.chrysalis.emergency.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.emergency.domain.Alarm;
import org.chrysalis.emergency.domain.AlarmAction;
import org.chrysalis.emergency.domain.AlarmStatus;
import org.chrysalis.emergency.domain.AlarmValidation;
import org.chrysalis.emergency.domain.RaiseRequest;
import org.chrysalis.emergency.domain.Resource;
import org.chrysalis.emergency.persistence.AlarmEntity;
import org.chrysalis.emergency.service.Views.ActionInput;
import org.chrysalis.emergency.service.Views.AlarmView;
import org.chrysalis.emergency.service.Views.RaiseInput;
import org.chrysalis.emergency.service.Views.ResourceInput;
import org.chrysalis.platform.api.audit.AuditEvent;
import org.chrysalis.platform.api.audit.AuditService;
import org.chrysalis.platform.api.lifecycle.TransitionException;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.persistence.Conditions;
import org.chrysalis.platform.api.problem.FieldError;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.security.Actor;
import org.chrysalis.platform.api.time.PlatformClock;

/** Alarms in short JTA transactions; every write is audited with its before and after state. */
public class AlarmService {

    static final String CAPABILITY = "emergency";

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final PlatformClock clock;
    private final EmergencySettings settings;

    public AlarmService(JpaTemplate jpa, AuditService audit, PlatformClock clock, EmergencySettings settings) {
        this.jpa = jpa;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    public AlarmView raise(RaiseInput input, Actor actor) {
        if (input == null) {
            throw ProblemException.badRequest("An alarm needs a body.");
        }
        RaiseRequest request = new RaiseRequest(input.enterpriseName(), input.creditCode(), input.park(),
                input.kind(), input.description(), Boolean.TRUE.equals(input.drill()));
        return jpa.txExpr(TransactionType.Required, em -> {
            Alarm alarm = Alarm.raise(UUID.randomUUID().toString(), request, actor.name(), clock.now(), settings.windows());
            AlarmEntity entity = new AlarmEntity();
            AlarmRecords.store(alarm, entity);
            em.persist(entity);
            AlarmView view = AlarmView.of(alarm, actor.roles());
            audit.record(new AuditEvent(actor.name(), CAPABILITY, "alarm", alarm.id(), "RAISE", null, view));
            return view;
        });
    }

    /** Reads an alarm as it stands now: windows that ended are shown escalated even before the scheduler runs. */
    public AlarmView get(String id, Actor actor) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Alarm alarm = AlarmRecords.load(find(em, id), settings.windows());
            alarm.escalateIfDue(clock.now());
            return AlarmView.of(alarm, actor.roles());
        });
    }

    public Page<AlarmView> list(AlarmStatus status, Boolean drill, PageRequest page, Actor actor) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Conditions where = new Conditions()
                    .and("a.status = :status", "status", status)
                    .and("a.drill = :drill", "drill", drill);
            var query = em.createQuery("select a from AlarmEntity a" + where.where() + " order by a.raisedAt desc",
                    AlarmEntity.class);
            var count = em.createQuery("select count(a) from AlarmEntity a" + where.where(), Long.class);
            where.bind(query);
            where.bind(count);
            Instant now = clock.now();
            List<AlarmView> items = query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .stream().map(e -> {
                        Alarm alarm = AlarmRecords.load(e, settings.windows());
                        alarm.escalateIfDue(now);
                        return AlarmView.of(alarm, actor.roles());
                    }).toList();
            return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
        });
    }

    public AlarmView act(String id, ActionInput input, Actor actor) {
        if (input == null || input.action() == null) {
            throw ProblemException.invalid("action", "is required");
        }
        List<Resource> resources = resources(input.resources());
        return jpa.txExpr(TransactionType.Required, em -> {
            AlarmEntity entity = find(em, id);
            Alarm alarm = AlarmRecords.load(entity, settings.windows());
            AlarmView before = AlarmView.of(alarm, actor.roles());
            try {
                alarm.act(input.action(), actor.name(), actor.roles(), input.note(), resources, clock.now());
            } catch (TransitionException e) {
                throw e.toProblemException();
            }
            AlarmRecords.store(alarm, entity);
            AlarmView after = AlarmView.of(alarm, actor.roles());
            audit.record(new AuditEvent(actor.name(), CAPABILITY, "alarm", id, input.action().name(), before, after));
            return after;
        });
    }

    /** The ids of alarms whose tier window has ended by now, for the scheduler. */
    public List<String> dueForEscalation() {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select a.id from AlarmEntity a where a.escalationDueAt <= :now order by a.escalationDueAt",
                        String.class)
                .setParameter("now", clock.now()).setMaxResults(500).getResultList());
    }

    /** Applies the windows that ended to one alarm, in its own transaction; true when it changed. */
    public boolean escalateIfDue(String id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            AlarmEntity entity = em.find(AlarmEntity.class, id);
            if (entity == null) {
                return false;
            }
            Alarm alarm = AlarmRecords.load(entity, settings.windows());
            AlarmView before = AlarmView.of(alarm, Actor.SYSTEM.roles());
            if (!alarm.escalateIfDue(clock.now())) {
                return false;
            }
            AlarmRecords.store(alarm, entity);
            audit.record(new AuditEvent(Actor.SYSTEM.name(), CAPABILITY, "alarm", id,
                    AlarmAction.ESCALATE_TIMEOUT.name(), before, AlarmView.of(alarm, Actor.SYSTEM.roles())));
            return true;
        });
    }

    public long count() {
        return jpa.txExpr(TransactionType.Supports,
                em -> em.createQuery("select count(a) from AlarmEntity a", Long.class).getSingleResult());
    }

    private static List<Resource> resources(List<ResourceInput> inputs) {
        if (inputs == null) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ResourceInput r = inputs.get(i);
            errors.addAll(r == null ? List.of(new FieldError("resources[" + i + "]", "is required"))
                    : AlarmValidation.validateResource(i, r.kind(), r.name(), r.quantity()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return inputs.stream().map(r -> new Resource(r.kind(), r.name(), r.quantity())).toList();
    }

    private static AlarmEntity find(EntityManager em, String id) {
        AlarmEntity entity = id == null || id.length() > 36 ? null : em.find(AlarmEntity.class, id);
        if (entity == null) {
            throw ProblemException.notFound("alarm", id);
        }
        return entity;
    }
}
