package org.chrysalis.grid.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.grid.domain.IncidentFacts;
import org.chrysalis.grid.domain.IncidentStats;
import org.chrysalis.grid.domain.IncidentStatus;
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
            Map<String, Object> parameters = new LinkedHashMap<>();
            List<String> conditions = new ArrayList<>();
            add(conditions, parameters, "i.gridCode = :grid", "grid", gridCode);
            add(conditions, parameters, "i.category = :category", "category", category);
            add(conditions, parameters, "i.reportedAt >= :from", "from", from);
            add(conditions, parameters, "i.reportedAt < :to", "to", to);
            String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
            var query = em.createQuery("select i.status, i.resumeStatus, i.reportedAt, i.closedAt, i.responseDue,"
                    + " i.resolutionDue from IncidentEntity i" + where, Object[].class);
            parameters.forEach(query::setParameter);
            return query.getResultList().stream().map(r -> new IncidentFacts((IncidentStatus) r[0],
                    (Instant) r[2], (Instant) r[3], (Instant) r[5], (Instant) r[4], (IncidentStatus) r[1])).toList();
        });
        return IncidentStats.of(facts, clock.now());
    }

    private static void add(List<String> conditions, Map<String, Object> parameters, String condition, String name,
                            Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }
}
