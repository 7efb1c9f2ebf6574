package org.chrysalis.grid.service;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.grid.domain.PointsAward;
import org.chrysalis.grid.persistence.PointsEntity;
import org.chrysalis.grid.service.Views.LeaderboardRow;
import org.chrysalis.grid.service.Views.PointsEntry;
import org.chrysalis.grid.service.Views.RuleAdoption;
import org.chrysalis.grid.service.Views.Statement;
import org.chrysalis.platform.api.audit.AuditEvent;
import org.chrysalis.platform.api.audit.AuditService;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.persistence.Conditions;
import org.chrysalis.platform.api.problem.FieldErrors;
import org.chrysalis.platform.api.security.Actor;
import org.chrysalis.platform.api.time.PlatformClock;

/** The points ledger: "whoever reports, whoever solves, whoever builds the rule". */
public class PointsService {

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final PlatformClock clock;
    private final GridSettings settings;

    public PointsService(JpaTemplate jpa, AuditService audit, PlatformClock clock, GridSettings settings) {
        this.jpa = jpa;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    /** Workers by points, optionally within one grid and one month (Asia/Shanghai). */
    public List<LeaderboardRow> leaderboard(String gridCode, YearMonth month, int limit) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Conditions conditions = new Conditions()
                    .and("p.gridCode = :grid", "grid", gridCode)
                    .and("p.at >= :from", "from", month == null ? null : start(month))
                    .and("p.at < :to", "to", month == null ? null : start(month.plusMonths(1)));
            var query = conditions.bind(em.createQuery("select p.worker, sum(p.points) from PointsEntity p"
                    + conditions.where() + " group by p.worker order by sum(p.points) desc, p.worker", Object[].class));
            List<LeaderboardRow> rows = new ArrayList<>();
            for (Object[] row : query.setMaxResults(limit).getResultList()) {
                rows.add(new LeaderboardRow(rows.size() + 1, (String) row[0], ((Number) row[1]).longValue()));
            }
            return rows;
        });
    }

    public Statement statement(String worker, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Number total = em.createQuery("select coalesce(sum(p.points), 0) from PointsEntity p where p.worker = :w", Number.class)
                    .setParameter("w", worker).getSingleResult();
            List<PointsEntry> entries = em.createQuery(
                    "select p from PointsEntity p where p.worker = :w order by p.at desc, p.id desc", PointsEntity.class)
                    .setParameter("w", worker).setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList().stream().map(p -> new PointsEntry(p.at, p.points, p.reason, p.link, p.gridCode))
                    .toList();
            return new Statement(worker, total.longValue(), entries);
        });
    }

    /** An administrator records that a rule a worker proposed was adopted. */
    public PointsEntry ruleAdopted(RuleAdoption adoption, Actor actor) {
        new FieldErrors().required("worker", adoption.worker()).maxLength("worker", adoption.worker(), 100)
                .required("title", adoption.title()).maxLength("title", adoption.title(), 190).throwIfAny();
        PointsAward award = settings.get().points().forRuleAdopted(adoption.worker(), adoption.title(),
                "rule:" + adoption.title());
        Instant now = clock.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            PointsEntity p = new PointsEntity();
            p.worker = award.worker();
            p.points = award.points();
            p.reason = award.reason();
            p.link = award.link();
            p.at = now;
            em.persist(p);
            audit.record(new AuditEvent(actor.name(), CatalogueService.CAPABILITY, "points", adoption.worker(),
                    "rule-adopted", null, adoption));
            return new PointsEntry(now, p.points, p.reason, p.link, null);
        });
    }

    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(org.chrysalis.platform.api.time.PlatformClock.DISPLAY_ZONE).toInstant();
    }
}
