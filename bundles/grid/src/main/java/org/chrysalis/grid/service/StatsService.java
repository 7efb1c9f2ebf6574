package org.chrysalis.grid.service;

import java.time.Instant;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.grid.domain.IncidentFacts;
import org.chrysalis.grid.domain.IncidentStats;
import org.chrysalis.grid.domain.IncidentStatus;
import org.chrysalis.platform.api.persistence.Conditions;
import org.chrysalis.platform.api.time.PlatformClock;

/** Counts by status, median time to close, share closed within deadline, overdue. */
public class StatsService {

    private final JpaTemplate jpa;
    private final PlatformClock clock;

    public StatsService(JpaTemplate jpa, PlatformClock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    public IncidentStats stats(String gridCode, String category, Instant from, Instant to) {
        List<IncidentFacts> facts = jpa.txExpr(TransactionType.Supports, em -> {
            Conditions conditions = new Conditions()
                    .and("i.gridCode = :grid", "grid", gridCode)
                    .and("i.category = :category", "category", category)
                    .and("i.reportedAt >= :from", "from", from)
                    .and("i.reportedAt < :to", "to", to);
            var query = conditions.bind(em.createQuery("select i.status, i.resumeStatus, i.reportedAt, i.closedAt,"
                    + " i.responseDue, i.resolutionDue from IncidentEntity i" + conditions.where(), Object[].class));
            return query.getResultList().stream().map(r -> new IncidentFacts((IncidentStatus) r[0],
                    (Instant) r[2], (Instant) r[3], (Instant) r[5], (Instant) r[4], (IncidentStatus) r[1])).toList();
        });
        return IncidentStats.of(facts, clock.now());
    }
}
