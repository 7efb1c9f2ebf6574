package org.chrysalis.platform.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

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
            Map<String, Object> parameters = new LinkedHashMap<>();
            List<String> conditions = new ArrayList<>();
            condition(conditions, parameters, "a.actor = :actor", "actor", query.actor());
            condition(conditions, parameters, "a.capability = :capability", "capability", query.capability());
            condition(conditions, parameters, "a.entity = :entity", "entity", query.entity());
            condition(conditions, parameters, "a.entityId = :entityId", "entityId", query.entityId());
            condition(conditions, parameters, "a.at >= :from", "from", query.from());
            condition(conditions, parameters, "a.at < :to", "to", query.to());
            String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
            TypedQuery<AuditEntity> select = em.createQuery(
                    "select a from AuditEntity a" + where + " order by a.at desc, a.id desc", AuditEntity.class);
            TypedQuery<Long> count = em.createQuery("select count(a) from AuditEntity a" + where, Long.class);
            parameters.forEach((name, value) -> {
                select.setParameter(name, value);
                count.setParameter(name, value);
            });
            List<AuditEntry> items = select.setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList().stream().map(JpaAuditService::toEntry).toList();
            return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
        });
    }

    private static void condition(List<String> conditions, Map<String, Object> parameters,
                                  String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }

    private static AuditEntry toEntry(AuditEntity e) {
        return new AuditEntry(e.id, e.at, e.actor, e.capability, e.entity, e.entityId, e.action,
                JsonText.readTree(e.before), JsonText.readTree(e.after));
    }
}
