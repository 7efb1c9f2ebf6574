package org.chrysalis.platform.core.audit;

import java.util.List;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.platform.api.audit.AuditEntry;
import org.chrysalis.platform.api.audit.AuditEvent;
import org.chrysalis.platform.api.audit.AuditQuery;
import org.chrysalis.platform.api.audit.AuditService;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.time.PlatformClock;
import org.chrysalis.platform.api.persistence.Conditions;
import org.chrysalis.platform.api.persistence.JsonText;

/** The audit trail in PLT_AUDIT. Recording joins the caller's JTA transaction. */
public class JpaAuditService implements AuditService {

    private final JpaTemplate jpa;
    private final PlatformClock clock;

    public JpaAuditService(JpaTemplate jpa, PlatformClock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    @Override
    public void record(AuditEvent event) {
        AuditEntity entity = new AuditEntity();
        entity.at = clock.now();
        entity.actor = event.actor();
        entity.capability = event.capability();
        entity.entity = event.entity();
        entity.entityId = event.entityId();
        entity.action = event.action();
        entity.before = JsonText.write(event.before());
        entity.after = JsonText.write(event.after());
        jpa.tx(TransactionType.Required, em -> em.persist(entity));
    }

    @Override
    public Page<AuditEntry> find(AuditQuery query, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Conditions conditions = new Conditions()
                    .and("a.actor = :actor", "actor", query.actor())
                    .and("a.capability = :capability", "capability", query.capability())
                    .and("a.entity = :entity", "entity", query.entity())
                    .and("a.entityId = :entityId", "entityId", query.entityId())
                    .and("a.at >= :from", "from", query.from())
                    .and("a.at < :to", "to", query.to());
            TypedQuery<AuditEntity> select = conditions.bind(em.createQuery(
                    "select a from AuditEntity a" + conditions.where() + " order by a.at desc, a.id desc", AuditEntity.class));
            TypedQuery<Long> count = conditions.bind(
                    em.createQuery("select count(a) from AuditEntity a" + conditions.where(), Long.class));
            List<AuditEntry> items = select.setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList().stream().map(JpaAuditService::toEntry).toList();
            return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
        });
    }

    private static AuditEntry toEntry(AuditEntity e) {
        return new AuditEntry(e.id, e.at, e.actor, e.capability, e.entity, e.entityId, e.action,
                JsonText.readTree(e.before), JsonText.readTree(e.after));
    }
}
