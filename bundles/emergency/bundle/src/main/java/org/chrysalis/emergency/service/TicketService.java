package org.chrysalis.emergency.service;

import java.time.Instant;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.platform.api.audit.AuditEvent;
import org.chrysalis.platform.api.audit.AuditService;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.security.Actor;
import org.chrysalis.platform.api.time.PlatformClock;
import org.chrysalis.emergency.domain.ActionRequest;
import org.chrysalis.emergency.domain.NewTicket;
import org.chrysalis.emergency.domain.TicketLifecycle;
import org.chrysalis.emergency.domain.TicketStatus;
import org.chrysalis.emergency.domain.TicketView;
import org.chrysalis.emergency.persistence.TicketEntity;

/** Ticket work in short JTA transactions; every write is audited with its before and after state. */
public class TicketService {

    static final String CAPABILITY = "emergency";

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final PlatformClock clock;
    private final EmergencySettings settings;

    public TicketService(JpaTemplate jpa, AuditService audit, PlatformClock clock, EmergencySettings settings) {
        this.jpa = jpa;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    public TicketView open(NewTicket input, Actor actor) {
        NewTicket ticket = input.validated();
        return jpa.txExpr(TransactionType.Required, em -> {
            Instant now = clock.now();
            TicketEntity entity = new TicketEntity();
            entity.title = ticket.title().strip();
            entity.description = ticket.description();
            entity.status = TicketStatus.OPEN;
            entity.createdBy = actor.name();
            entity.createdAt = now;
            entity.dueAt = now.plus(settings.ticketDeadline());
            entity.updatedAt = now;
            em.persist(entity);
            em.flush();
            TicketView view = view(entity, actor);
            audit.record(new AuditEvent(actor.name(), CAPABILITY, "ticket", String.valueOf(entity.id), "open", null, view));
            return view;
        });
    }

    public TicketView get(long id, Actor actor) {
        return jpa.txExpr(TransactionType.Supports, em -> view(find(em, id), actor));
    }

    public Page<TicketView> list(TicketStatus status, PageRequest page, Actor actor) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            String where = status == null ? "" : " where t.status = :status";
            var query = em.createQuery("select t from TicketEntity t" + where + " order by t.id desc", TicketEntity.class);
            var count = em.createQuery("select count(t) from TicketEntity t" + where, Long.class);
            if (status != null) {
                query.setParameter("status", status);
                count.setParameter("status", status);
            }
            List<TicketView> items = query.setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList().stream().map(t -> view(t, actor)).toList();
            return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
        });
    }

    public TicketView act(long id, ActionRequest request, Actor actor) {
        if (request == null || request.action() == null) {
            throw ProblemException.invalid("action", "is required");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            TicketEntity entity = find(em, id);
            TicketView before = view(entity, actor);
            entity.status = TicketLifecycle.next(entity.status, request.action(), actor.roles());
            entity.updatedAt = clock.now();
            em.flush();
            TicketView after = view(entity, actor);
            audit.record(new AuditEvent(actor.name(), CAPABILITY, "ticket", String.valueOf(id),
                    request.action().name(), before, after));
            return after;
        });
    }

    public long count() {
        return jpa.txExpr(TransactionType.Supports,
                em -> em.createQuery("select count(t) from TicketEntity t", Long.class).getSingleResult());
    }

    private static TicketEntity find(EntityManager em, long id) {
        TicketEntity entity = em.find(TicketEntity.class, id);
        if (entity == null) {
            throw ProblemException.notFound("ticket", String.valueOf(id));
        }
        return entity;
    }

    private static TicketView view(TicketEntity t, Actor actor) {
        return new TicketView(t.id, t.title, t.description, t.status, t.createdBy, t.createdAt, t.dueAt, t.updatedAt,
                TicketLifecycle.allowed(t.status, actor.roles()));
    }
}
