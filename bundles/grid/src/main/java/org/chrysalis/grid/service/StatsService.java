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

    /**
     * Rows read per query. The district's figures cover every incident: read at once, a million of
     * them took the whole heap (300,000 already 2.5 s and 140 MB), so they are read in id order, a
     * chunk at a time, and only tallied.
     */
    static final int CHUNK = 5_000;

    private final JpaTemplate jpa;
    private final PlatformClock clock;

    public StatsService(JpaTemplate jpa, PlatformClock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    public IncidentStats stats(String gridCode, String category, Instant from, Instant to) {
        var tally = new IncidentStats.Tally(clock.now());
        jpa.txExpr(TransactionType.Supports, em -> {
            long after = Long.MIN_VALUE;
            while (true) {
                Conditions conditions = new Conditions()
                        .and("i.id > :after", "after", after)
                        .and("i.gridCode = :grid", "grid", gridCode)
                        .and("i.category = :category", "category", category)
                        .and("i.reportedAt >= :from", "from", from)
                        .and("i.reportedAt < :to", "to", to);
                // columns, not entities: nothing is kept in the persistence context between chunks
                List<Object[]> rows = conditions.bind(em.createQuery("select i.id, i.status, i.resumeStatus, i.reportedAt,"
                        + " i.closedAt, i.responseDue, i.resolutionDue from IncidentEntity i" + conditions.where()
                        + " order by i.id", Object[].class)).setMaxResults(CHUNK).getResultList();
                for (Object[] r : rows) {
                    tally.add(new IncidentFacts((IncidentStatus) r[1], (Instant) r[3], (Instant) r[4], (Instant) r[6],
                            (Instant) r[5], (IncidentStatus) r[2]));
                }
                if (rows.size() < CHUNK) {
                    return null;
                }
                after = (Long) rows.get(rows.size() - 1)[0];
            }
        });
        return tally.result();
    }
}
