package org.chrysalis.mediation.service;

import java.time.Instant;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.mediation.domain.DisputeCategory;
import org.chrysalis.mediation.domain.DisputeFacts;
import org.chrysalis.mediation.domain.DisputeStats;
import org.chrysalis.mediation.domain.DisputeStatus;
import org.chrysalis.platform.api.persistence.Conditions;

/** Per organisation, mediator and category over a date range. */
public class StatsService {

    private final JpaTemplate jpa;

    public StatsService(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    public DisputeStats stats(String organisationId, String mediatorId, DisputeCategory category, Instant from, Instant to) {
        return DisputeStats.of(jpa.txExpr(TransactionType.Supports, em -> {
            Conditions conditions = new Conditions()
                    .and("c.organisationId = :org", "org", organisationId)
                    .and("c.mediatorId = :mediator", "mediator", mediatorId)
                    .and("c.category = :category", "category", category)
                    .and("c.filedAt >= :from", "from", from)
                    .and("c.filedAt < :to", "to", to);
            return conditions.bind(em.createQuery("select c.status, c.acceptedAt, c.decidedAt, c.deadline, c.agreementFen"
                    + " from CaseEntity c" + conditions.where(), Object[].class)).getResultList().stream()
                    .map(r -> {
                        DisputeStatus status = (DisputeStatus) r[0];
                        long agreed = r[4] == null ? 0 : (Long) r[4];
                        return new DisputeFacts(status, (Instant) r[1], (Instant) r[2], (Instant) r[3], agreed,
                                status == DisputeStatus.FULFILLED);
                    }).toList();
        }));
    }
}
