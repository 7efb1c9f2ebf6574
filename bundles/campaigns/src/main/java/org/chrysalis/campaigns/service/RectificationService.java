package org.chrysalis.campaigns.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.campaigns.domain.ActionRequest;
import org.chrysalis.campaigns.domain.ActionRequest.Evidence;
import org.chrysalis.campaigns.domain.InspectionRecord;
import org.chrysalis.campaigns.domain.InspectionRecord.ChecklistItem;
import org.chrysalis.campaigns.domain.InspectionRecord.Finding;
import org.chrysalis.campaigns.domain.Severity;
import org.chrysalis.campaigns.domain.TaskAction;
import org.chrysalis.campaigns.domain.TaskLifecycle;
import org.chrysalis.campaigns.domain.TaskStatus;
import org.chrysalis.campaigns.domain.Transition;
import org.chrysalis.campaigns.persistence.CampaignEntity;
import org.chrysalis.campaigns.persistence.HistoryEntity;
import org.chrysalis.campaigns.persistence.InspectionEntity;
import org.chrysalis.campaigns.persistence.TaskEntity;
import org.chrysalis.campaigns.service.Views.HistoryEntry;
import org.chrysalis.campaigns.service.Views.InspectionView;
import org.chrysalis.campaigns.service.Views.ProblemView;
import org.chrysalis.campaigns.service.Views.TaskFilter;
import org.chrysalis.campaigns.service.Views.TaskView;
import org.chrysalis.platform.api.area.AreaService;
import org.chrysalis.platform.api.audit.AuditEvent;
import org.chrysalis.platform.api.audit.AuditService;
import org.chrysalis.platform.api.event.Topics;
import org.chrysalis.platform.api.handoff.HandoffRequest;
import org.chrysalis.platform.api.lifecycle.TransitionException;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.persistence.Conditions;
import org.chrysalis.platform.api.persistence.JsonText;
import org.chrysalis.platform.api.problem.FieldErrors;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.security.Actor;
import org.chrysalis.platform.api.time.PlatformClock;
import org.chrysalis.platform.api.validation.CreditCode;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;


/**
 * Inspections, the problems they find and their rectification tasks: the lifecycle, the
 * automatic overdue flag and escalation to supervision, and tasks handed over by other
 * capabilities.
 */
public class RectificationService {

    /** An inspection may be recorded a little ahead of the server's clock (a phone's clock drifts). */
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);
    private static final int SCAN_BATCH = 500;

    private final JpaTemplate jpa;
    private final CampaignService campaigns;
    private final AuditService audit;
    private final AreaService areas;
    private final PlatformClock clock;
    private final CampaignsSettings settings;
    private final EventAdmin events;

    public RectificationService(JpaTemplate jpa, CampaignService campaigns, AuditService audit, AreaService areas,
                                PlatformClock clock, CampaignsSettings settings, EventAdmin events) {
        this.jpa = jpa;
        this.campaigns = campaigns;
        this.audit = audit;
        this.areas = areas;
        this.clock = clock;
        this.settings = settings;
        this.events = events;
    }

    // ---- inspections

    /** Records an inspection; each finding becomes a problem with its rectification task (OPEN). */
    public InspectionView recordInspection(InspectionRecord record, Actor actor) {
        if (record == null) {
            throw ProblemException.badRequest("An inspection is required.");
        }
        record.validate();
        Instant now = clock.now();
        Instant inspectedAt = record.inspectedAt() == null ? now : record.inspectedAt();
        var errors = new FieldErrors().check(!inspectedAt.isAfter(now.plus(CLOCK_TOLERANCE)), "inspectedAt",
                "must not be in the future");
        if (record.areaCode() != null && !record.areaCode().isBlank()) {
            errors.check(areas.find(record.areaCode()).isPresent(), "areaCode", "no area " + record.areaCode());
        }
        errors.throwIfAny();
        List<TaskEntity> created = new ArrayList<>();
        InspectionEntity saved = jpa.txExpr(TransactionType.Required, em -> {
            CampaignEntity campaign = em.find(CampaignEntity.class, record.campaignId());
            if (campaign == null) {
                throw ProblemException.invalid("campaignId", "no campaign " + record.campaignId());
            }
            if (record.areaCode() != null && !record.areaCode().isBlank() && campaign.areaCodes != null
                    && Arrays.stream(campaign.areaCodes.split(",")).noneMatch(a -> areas.isWithin(record.areaCode(), a))) {
                throw ProblemException.invalid("areaCode", "lies outside the areas the campaign covers: " + campaign.areaCodes);
            }
            InspectionEntity i = new InspectionEntity();
            i.campaignId = campaign.id;
            i.siteName = record.siteName().trim();
            i.creditCode = blankToNull(CreditCode.normalize(record.creditCode()));
            i.address = record.address();
            i.areaCode = blankToNull(record.areaCode());
            i.inspector = actor.name();
            i.inspectedAt = inspectedAt;
            i.checklist = record.checklistItems().isEmpty() ? null : JsonText.write(record.checklistItems());
            i.summary = record.summary();
            i.recordedAt = now;
            em.persist(i);
            em.flush();
            for (Finding f : record.findingList()) {
                TaskEntity t = newTask(campaign, f.description(), f.severity(), f.responsibleParty(),
                        f.responsibleDepartment(), inspectedAt, now);
                t.inspectionId = i.id;
                t.siteName = i.siteName;
                t.creditCode = i.creditCode;
                t.areaCode = i.areaCode;
                t.requiredEvidence = f.requiredEvidence();
                persistTask(em, t, actor, "found by inspection " + i.id);
                created.add(t);
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("campaignId", i.campaignId);
            after.put("siteName", i.siteName);
            after.put("creditCode", i.creditCode);
            after.put("tasks", created.stream().map(t -> t.id).toList());
            audit.record(new AuditEvent(actor.name(), CampaignService.CAPABILITY, "inspection", String.valueOf(i.id),
                    "record", null, after));
            return i;
        });
        created.forEach(t -> publish("CREATED", t, actor, null));
        return inspection(saved.id);
    }

    public InspectionView inspection(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            InspectionEntity i = em.find(InspectionEntity.class, id);
            if (i == null) {
                throw ProblemException.notFound("Inspection", String.valueOf(id));
            }
            return inspectionView(em, i);
        });
    }

    public Page<InspectionView> inspections(Long campaignId, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Conditions conditions = new Conditions().and("i.campaignId = :campaign", "campaign", campaignId);
            List<InspectionView> items = conditions.bind(em.createQuery("select i from InspectionEntity i"
                    + conditions.where() + " order by i.inspectedAt desc, i.id desc", InspectionEntity.class))
                    .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                    .map(i -> inspectionView(em, i)).toList();
            long total = conditions.bind(em.createQuery("select count(i) from InspectionEntity i" + conditions.where(),
                    Long.class)).getSingleResult();
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    // ---- hand-off

    /** A case handed over by another capability (a grid safety hazard) becomes an OPEN task. */
    public TaskView acceptHandoff(HandoffRequest request, Locale locale) {
        Instant now = clock.now();
        var attributes = request.attributes();
        Severity severity = parseSeverity(attributes.get("severity"));
        String title = request.title() == null ? request.kind() : request.title();
        String description = (title == null ? "" : title + ": ") + (request.description() == null ? "" : request.description());
        String address = attributes.getOrDefault("address", "");
        TaskEntity saved = jpa.txExpr(TransactionType.Required, em -> {
            CampaignEntity campaign = campaigns.handoffCampaign(em, settings.handoffKeyArea(), now);
            TaskEntity t = newTask(campaign, truncate(description, 2000), severity,
                    address.isBlank() ? "待核实 (to be identified)" : truncate(address, 200), campaign.leadDepartment,
                    now, now);
            t.siteName = address.isBlank() ? null : truncate(address, 200);
            t.areaCode = request.areaCode();
            t.sourceCapability = request.sourceCapability();
            t.sourceCaseId = request.sourceCaseId();
            persistTask(em, t, request.actor(), "handed over from " + request.sourceCapability() + " " + request.sourceCaseId());
            return t;
        });
        publish("CREATED", saved, request.actor(), null);
        return view(saved, request.actor(), locale);
    }

    private static Severity parseSeverity(String text) {
        try {
            return text == null || text.isBlank() ? Severity.HIGH : Severity.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            return Severity.HIGH;
        }
    }

    // ---- tasks and problems

    public TaskView get(long id, Actor actor, Locale locale) {
        return jpa.txExpr(TransactionType.Supports, em -> view(find(em, id), actor, locale));
    }

    public ProblemView problem(long id, Locale locale) {
        return jpa.txExpr(TransactionType.Supports, em -> problemView(find(em, id), locale));
    }

    public Page<TaskView> list(TaskFilter filter, PageRequest page, Actor actor, Locale locale) {
        return query(filter, page, t -> view(t, actor, locale));
    }

    public Page<ProblemView> problems(TaskFilter filter, PageRequest page, Locale locale) {
        return query(filter, page, t -> problemView(t, locale));
    }

    private <V> Page<V> query(TaskFilter filter, PageRequest page, Function<TaskEntity, V> mapper) {
        Instant now = clock.now();
        return jpa.txExpr(TransactionType.Supports, em -> {
            Conditions conditions = new Conditions()
                    .and("t.campaignId = :campaign", "campaign", filter.campaignId())
                    .and("t.keyAreaCode = :keyArea", "keyArea", filter.keyAreaCode())
                    .and("t.responsibleDepartment = :department", "department", filter.department())
                    .and("t.status = :status", "status", filter.status())
                    .and("t.severity = :severity", "severity", filter.severity());
            if (filter.overdue() != null) {
                conditions.always(filter.overdue() ? "t.status in :running and t.deadline < :now"
                        : "(t.status not in :running or t.deadline >= :now)", Map.of("running", running(), "now", now));
            }
            TypedQuery<TaskEntity> select = conditions.bind(em.createQuery("select t from TaskEntity t"
                    + conditions.where() + " order by t.id desc", TaskEntity.class));
            long total = conditions.bind(em.createQuery("select count(t) from TaskEntity t" + conditions.where(),
                    Long.class)).getSingleResult();
            List<V> items = select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                    .map(mapper).toList();
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    public List<HistoryEntry> history(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            find(em, id);
            return em.createQuery("select h from HistoryEntity h where h.taskId = :id order by h.id", HistoryEntity.class)
                    .setParameter("id", id).getResultList().stream()
                    .map(h -> new HistoryEntry(h.at, h.actor, h.action, h.from, h.to, h.comment, h.detail)).toList();
        });
    }

    public TaskView act(long id, ActionRequest request, Actor actor, Locale locale) {
        if (request == null) {
            throw ProblemException.badRequest("An action is required.");
        }
        request.validate();
        Instant now = clock.now();
        TaskStatus[] from = new TaskStatus[1];
        TaskEntity changed = jpa.txExpr(TransactionType.Required, em -> {
            TaskEntity t = em.find(TaskEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (t == null) {
                throw ProblemException.notFound("Task", String.valueOf(id));
            }
            from[0] = t.status;
            Map<String, Object> before = snapshot(t);
            Transition move = transition(t.status, request.action(), actor);
            String detail = applySideEffects(t, request, now);
            t.status = move.to();
            t.updatedAt = now;
            history(em, id, now, actor.name(), move.action(), move.from(), move.to(), request.comment(), detail);
            audit.record(new AuditEvent(actor.name(), CampaignService.CAPABILITY, "task", String.valueOf(id),
                    request.action().name().toLowerCase(Locale.ROOT), before, snapshot(t)));
            return t;
        });
        publish(request.action().name(), changed, actor, from[0]);
        return view(changed, actor, locale);
    }

    private static Transition transition(TaskStatus status, TaskAction action, Actor actor) {
        try {
            return TaskLifecycle.apply(status, action, actor.roles());
        } catch (TransitionException e) {
            throw e.toProblemException();
        }
    }

    private String applySideEffects(TaskEntity t, ActionRequest request, Instant now) {
        switch (request.action()) {
            case SUBMIT -> {
                t.submittedAt = now;
                t.evidence = JsonText.write(request.evidenceList());
                return request.evidenceList().size() + " evidence item(s)";
            }
            case ACCEPT -> {
                t.acceptedAt = now;
                return now.isAfter(t.deadline) ? "rectified after the deadline " + t.deadline : "rectified in time";
            }
            case REOPEN -> {
                // a problem found again is a new rectification: a fresh deadline, flags cleared
                t.reopenCount++;
                t.acceptedAt = null;
                t.submittedAt = null;
                t.overdueAt = null;
                t.escalatedAt = null;
                t.supervisionDeadline = null;
                t.deadline = settings.policy().deadline(t.severity, now);
                return "reopened on re-inspection, new deadline " + t.deadline;
            }
            default -> {
                return null;
            }
        }
    }

    // ---- overdue and escalation

    /** Flags tasks past their deadline as overdue, each in its own short transaction; returns how many. */
    public int flagOverdue() {
        Instant now = clock.now();
        List<Long> ids = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select t.id from TaskEntity t"
                + " where t.status in :running and t.deadline < :now and t.overdueAt is null", Long.class)
                .setParameter("running", running()).setParameter("now", now).setMaxResults(SCAN_BATCH).getResultList());
        int flagged = 0;
        for (Long id : ids) {
            Optional<TaskEntity> changed = jpa.txExpr(TransactionType.Required, em -> {
                TaskEntity t = em.find(TaskEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
                if (t == null || t.overdueAt != null || !settings.policy().isOverdue(t.status, t.deadline, now)) {
                    return Optional.<TaskEntity>empty();
                }
                t.overdueAt = now;
                history(em, id, now, Actor.SYSTEM.name(), null, t.status, t.status, null,
                        "OVERDUE: deadline " + t.deadline + " passed");
                return Optional.of(t);
            });
            if (changed.isPresent()) {
                flagged++;
                publish("OVERDUE", changed.get(), Actor.SYSTEM, changed.get().status);
            }
        }
        return flagged;
    }

    /** Escalates overdue tasks to supervision (督办) with a second deadline; returns how many. */
    public int escalateOverdue() {
        Instant now = clock.now();
        Instant dueBefore = now.minus(settings.policy().escalationAfter());
        List<Long> ids = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select t.id from TaskEntity t"
                + " where t.status in :running and t.deadline < :due and t.escalatedAt is null", Long.class)
                .setParameter("running", running()).setParameter("due", dueBefore).setMaxResults(SCAN_BATCH)
                .getResultList());
        int escalated = 0;
        for (Long id : ids) {
            Optional<TaskEntity> changed = jpa.txExpr(TransactionType.Required, em -> {
                TaskEntity t = em.find(TaskEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
                if (t == null || !settings.policy().isDueForEscalation(t.status, t.deadline, t.escalatedAt, now)) {
                    return Optional.<TaskEntity>empty();
                }
                return TaskLifecycle.escalate(t.status).map(move -> {
                    Map<String, Object> before = snapshot(t);
                    if (t.overdueAt == null) {
                        t.overdueAt = now;
                    }
                    t.escalatedAt = now;
                    t.supervisionDeadline = settings.policy().supervisionDeadline(now);
                    t.updatedAt = now;
                    history(em, id, now, Actor.SYSTEM.name(), TaskAction.ESCALATE, move.from(), move.to(), null,
                            "escalated to supervision, second deadline " + t.supervisionDeadline);
                    audit.record(new AuditEvent(Actor.SYSTEM.name(), CampaignService.CAPABILITY, "task",
                            String.valueOf(id), "escalate", before, snapshot(t)));
                    return t;
                });
            });
            if (changed.isPresent()) {
                escalated++;
                publish("ESCALATED", changed.get(), Actor.SYSTEM, changed.get().status);
            }
        }
        return escalated;
    }

    // ---- helpers

    static List<TaskStatus> running() {
        return List.of(TaskStatus.OPEN, TaskStatus.IN_RECTIFICATION);
    }

    private TaskEntity newTask(CampaignEntity campaign, String description, Severity severity, String party,
                               String department, Instant foundAt, Instant now) {
        TaskEntity t = new TaskEntity();
        t.campaignId = campaign.id;
        t.keyAreaCode = campaign.keyAreaCode;
        t.description = description;
        t.severity = severity;
        t.responsibleParty = party.trim();
        t.responsibleDepartment = department.trim();
        t.status = TaskStatus.OPEN;
        t.foundAt = foundAt;
        t.deadline = settings.policy().deadline(severity, foundAt);
        t.updatedAt = now;
        return t;
    }

    private void persistTask(EntityManager em, TaskEntity t, Actor actor, String detail) {
        em.persist(t);
        em.flush();
        history(em, t.id, t.updatedAt, actor.name(), null, null, TaskStatus.OPEN, null, detail + "; deadline " + t.deadline);
        audit.record(new AuditEvent(actor.name(), CampaignService.CAPABILITY, "task", String.valueOf(t.id), "create",
                null, snapshot(t)));
    }

    private static TaskEntity find(EntityManager em, long id) {
        TaskEntity t = em.find(TaskEntity.class, id);
        if (t == null) {
            throw ProblemException.notFound("Task", String.valueOf(id));
        }
        return t;
    }

    private static void history(EntityManager em, long taskId, Instant at, String actor, TaskAction action,
                                TaskStatus from, TaskStatus to, String comment, String detail) {
        HistoryEntity h = new HistoryEntity();
        h.taskId = taskId;
        h.at = at;
        h.actor = actor;
        h.action = action;
        h.from = from;
        h.to = to;
        h.comment = comment;
        h.detail = detail;
        em.persist(h);
    }

    private void publish(String event, TaskEntity t, Actor actor, TaskStatus from) {
        Map<String, Object> properties = Topics.properties(t.id, actor.name(), from, t.status);
        if (t.areaCode != null) {
            properties.put(Topics.AREA_CODE, t.areaCode);
        }
        events.postEvent(new Event(Topics.of(CampaignService.CAPABILITY, "task", event), properties));
    }

    private static Map<String, Object> snapshot(TaskEntity t) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("status", t.status);
        s.put("severity", t.severity);
        s.put("responsibleDepartment", t.responsibleDepartment);
        s.put("deadline", t.deadline);
        s.put("escalatedAt", t.escalatedAt);
        s.put("supervisionDeadline", t.supervisionDeadline);
        s.put("reopenCount", t.reopenCount);
        return s;
    }

    private InspectionView inspectionView(EntityManager em, InspectionEntity i) {
        List<Long> problems = em.createQuery("select t.id from TaskEntity t where t.inspectionId = :id order by t.id",
                Long.class).setParameter("id", i.id).getResultList();
        List<ChecklistItem> checklist = i.checklist == null ? List.of()
                : JsonText.readList(i.checklist, ChecklistItem.class);
        return new InspectionView(i.id, i.campaignId, i.siteName, i.creditCode, i.address, i.areaCode, i.inspector,
                i.inspectedAt, checklist, i.summary, problems);
    }

    private ProblemView problemView(TaskEntity t, Locale locale) {
        return new ProblemView(t.id, t.campaignId, t.inspectionId, t.description, t.severity,
                Labels.of(locale, "severity", t.severity), t.siteName, t.creditCode, t.areaCode, t.foundAt, t.id,
                t.status, t.sourceCapability, t.sourceCaseId);
    }

    TaskView view(TaskEntity t, Actor actor, Locale locale) {
        Instant now = clock.now();
        boolean overdue = settings.policy().isOverdue(t.status, t.deadline, now);
        boolean escalated = t.escalatedAt != null;
        List<Evidence> evidence = t.evidence == null ? List.of()
                : JsonText.readList(t.evidence, Evidence.class);
        return new TaskView(t.id, t.campaignId, t.keyAreaCode, t.inspectionId, t.description, t.severity,
                Labels.of(locale, "severity", t.severity), t.siteName, t.creditCode, t.areaCode, t.responsibleParty,
                t.responsibleDepartment, t.requiredEvidence, t.status, Labels.of(locale, "status", t.status), t.foundAt,
                t.deadline, overdue, t.overdueAt, escalated, t.escalatedAt, t.supervisionDeadline,
                escalated && t.status.withDepartment() && now.isAfter(t.supervisionDeadline), t.submittedAt,
                t.acceptedAt, t.reopenCount, evidence, t.sourceCapability, t.sourceCaseId,
                new LinkedHashSet<>(TaskLifecycle.allowed(t.status, actor.roles())));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String truncate(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
