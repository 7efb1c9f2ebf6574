package org.chrysalis.campaigns.service;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.campaigns.domain.Assessment;
import org.chrysalis.campaigns.domain.DepartmentScore;
import org.chrysalis.campaigns.domain.Progress;
import org.chrysalis.campaigns.domain.Severity;
import org.chrysalis.campaigns.domain.TaskFacts;
import org.chrysalis.campaigns.domain.TaskStatus;
import org.chrysalis.campaigns.domain.Targets;
import org.chrysalis.campaigns.persistence.CampaignEntity;
import org.chrysalis.campaigns.persistence.KeyAreaEntity;
import org.chrysalis.campaigns.service.Views.ProgressView;
import org.chrysalis.platform.api.persistence.Conditions;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.time.PlatformClock;

/** Progress against targets, department rankings and the campaign report, per campaign or key area. */
public class AssessmentService {

    private final JpaTemplate jpa;
    private final PlatformClock clock;
    private final CampaignsSettings settings;

    public AssessmentService(JpaTemplate jpa, PlatformClock clock, CampaignsSettings settings) {
        this.jpa = jpa;
        this.clock = clock;
        this.settings = settings;
    }

    public ProgressView campaignProgress(long campaignId) {
        Instant now = clock.now();
        return jpa.txExpr(TransactionType.Supports, em -> {
            CampaignEntity c = CampaignService.find(em, campaignId);
            Progress p = Assessment.progress(facts(em, campaignId, null), CampaignService.targets(c), now);
            return new ProgressView(c.id, c.keyAreaCode, c.name, c.endDate, p);
        });
    }

    /** One line per key area, across all its campaigns; key areas have no targets of their own. */
    public List<ProgressView> keyAreaProgress(Locale locale) {
        Instant now = clock.now();
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select k from KeyAreaEntity k order by k.sortOrder, k.code", KeyAreaEntity.class).getResultList()
                .stream().map(k -> new ProgressView(null, k.code, Labels.english(locale) ? k.nameEn : k.name, null,
                        Assessment.progress(facts(em, null, k.code), Targets.NONE, now))).toList());
    }

    public ProgressView keyAreaProgress(String keyAreaCode, Locale locale) {
        return keyAreaProgress(locale).stream().filter(p -> p.keyAreaCode().equals(keyAreaCode)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Key area", keyAreaCode));
    }

    /** Departments ranked within a campaign, a key area, or across everything when both are null. */
    public List<DepartmentScore> ranking(Long campaignId, String keyAreaCode) {
        Instant now = clock.now();
        return jpa.txExpr(TransactionType.Supports, em -> {
            if (campaignId != null) {
                CampaignService.find(em, campaignId);
            }
            return Assessment.ranking(facts(em, campaignId, keyAreaCode), settings.weights(), now);
        });
    }

    /** The campaign report as CSV: see {@link CampaignReport}. */
    public String reportCsv(long campaignId) {
        Instant now = clock.now();
        return jpa.txExpr(TransactionType.Supports, em -> {
            CampaignEntity c = CampaignService.find(em, campaignId);
            List<TaskFacts> facts = facts(em, campaignId, null);
            List<DepartmentScore> ranking = Assessment.ranking(facts, settings.weights(), now);
            Progress total = Assessment.progress(facts, CampaignService.targets(c), now);
            return CampaignReport.csv(ranking, total, facts.stream().filter(TaskFacts::onTime).count());
        });
    }

    private static List<TaskFacts> facts(EntityManager em, Long campaignId, String keyAreaCode) {
        Conditions conditions = new Conditions()
                .and("t.campaignId = :campaign", "campaign", campaignId)
                .and("t.keyAreaCode = :keyArea", "keyArea", keyAreaCode);
        List<Object[]> rows = conditions.bind(em.createQuery("select t.responsibleDepartment, t.severity, t.status,"
                + " t.foundAt, t.deadline, t.acceptedAt, t.escalatedAt, t.reopenCount from TaskEntity t"
                + conditions.where(), Object[].class)).getResultList();
        return rows.stream().map(r -> new TaskFacts((String) r[0], (Severity) r[1], (TaskStatus) r[2], (Instant) r[3],
                (Instant) r[4], (Instant) r[5], r[6] != null, ((Number) r[7]).intValue())).toList();
    }
}
