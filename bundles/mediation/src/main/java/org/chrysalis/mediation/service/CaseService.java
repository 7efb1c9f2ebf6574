package org.chrysalis.mediation.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.mediation.domain.ActionRequest;
import org.chrysalis.mediation.domain.CaseToAssign;
import org.chrysalis.mediation.domain.DisputeAction;
import org.chrysalis.mediation.domain.DisputeFiling;
import org.chrysalis.mediation.domain.DisputeLifecycle;
import org.chrysalis.mediation.domain.DisputeStatus;
import org.chrysalis.mediation.domain.MerchantKey;
import org.chrysalis.mediation.domain.Rotation;
import org.chrysalis.mediation.domain.RotationDecision;
import org.chrysalis.mediation.domain.Transition;
import org.chrysalis.mediation.persistence.CaseEntity;
import org.chrysalis.mediation.persistence.HistoryEntity;
import org.chrysalis.mediation.persistence.MediatorEntity;
import org.chrysalis.mediation.persistence.RotationEntity;
import org.chrysalis.mediation.persistence.SessionEntity;
import org.chrysalis.mediation.service.Views.CaseFilter;
import org.chrysalis.mediation.service.Views.CaseView;
import org.chrysalis.mediation.service.Views.HistoryEntry;
import org.chrysalis.mediation.service.Views.SessionView;
import org.chrysalis.platform.api.audit.AuditEvent;
import org.chrysalis.platform.api.audit.AuditService;
import org.chrysalis.platform.api.event.Topics;
import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.lifecycle.TransitionException;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.persistence.Conditions;
import org.chrysalis.platform.api.persistence.JsonText;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.security.Actor;
import org.chrysalis.platform.api.security.Roles;
import org.chrysalis.platform.api.time.PlatformClock;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Disputes from filing to outcome: screening, assignment by rotation, sessions, deadline and
 * extension, agreement, confirmation, fulfilment, referral. Mediators see and act on their own
 * cases (any mediator may screen); administrators and integrators see all.
 */
public class CaseService {

    private static final String ROTATION_ROW = "default";
    private static final Set<DisputeAction> SCREENING = Set.of(DisputeAction.ACCEPT, DisputeAction.DECLINE);

    private final JpaTemplate jpa;
    private final RosterService roster;
    private final AuditService audit;
    private final PlatformClock clock;
    private final MediationSettings settings;
    private final EventAdmin events;

    public CaseService(JpaTemplate jpa, RosterService roster, AuditService audit, PlatformClock clock,
                       MediationSettings settings, EventAdmin events) {
        this.jpa = jpa;
        this.roster = roster;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
        this.events = events;
    }

    // ---- filing

    public CaseView file(DisputeFiling filing, Actor actor, String sourceCapability, String sourceCaseId, Locale locale) {
        filing.validate();
        Instant now = clock.now();
        CaseEntity saved = jpa.txExpr(TransactionType.Required, em -> {
            CaseEntity c = new CaseEntity();
            c.status = DisputeStatus.FILED;
            c.category = filing.category();
            c.consumerName = filing.consumerName();
            c.consumerPhone = filing.consumerPhone();
            c.merchantName = filing.merchantName();
            c.merchantCode = filing.merchantCreditCode() == null ? null : filing.merchantCreditCode().trim().toUpperCase(Locale.ROOT);
            c.merchantKey = MerchantKey.of(filing.merchantCreditCode(), filing.merchantName());
            c.merchantContact = filing.merchantContact();
            c.claimFen = filing.claimAmountFen();
            c.facts = filing.facts();
            c.evidence = filing.evidence() == null || filing.evidence().isEmpty() ? null : JsonText.write(filing.evidence());
            c.sourceCapability = sourceCapability;
            c.sourceCaseId = sourceCaseId;
            c.filedAt = now;
            c.updatedAt = now;
            em.persist(c);
            em.flush();
            history(em, c.id, now, actor.name(), null, null, DisputeStatus.FILED, null,
                    sourceCapability == null ? null : "handed over from " + sourceCapability + " " + sourceCaseId);
            audit.record(new AuditEvent(actor.name(), RosterService.CAPABILITY, "case", String.valueOf(c.id), "file",
                    null, snapshot(c)));
            return c;
        });
        publish("FILED", saved, actor, null);
        return view(saved, actor, locale);
    }

    // ---- reading

    public CaseView get(long id, Actor actor, Locale locale) {
        return jpa.txExpr(TransactionType.Supports, em -> view(visible(em, id, actor), actor, locale));
    }

    public Page<CaseView> list(CaseFilter filter, PageRequest page, Actor actor, Locale locale) {
        Instant now = clock.now();
        String mediator = ownCasesOnly(actor) ? actor.name() : filter.mediatorId();
        return jpa.txExpr(TransactionType.Supports, em -> {
            Conditions conditions = new Conditions()
                    .and("c.status = :status", "status", filter.status())
                    .and("c.category = :category", "category", filter.category())
                    .and("c.mediatorId = :mediator", "mediator", mediator)
                    .and("c.organisationId = :organisation", "organisation", filter.organisationId());
            if (Boolean.TRUE.equals(filter.overdue())) {
                conditions.always("c.status in :running and c.deadline < :now",
                        Map.of("running", running(), "now", now));
            }
            TypedQuery<CaseEntity> select = conditions.bind(em.createQuery("select c from CaseEntity c"
                    + conditions.where() + " order by c.filedAt desc, c.id desc", CaseEntity.class));
            TypedQuery<Long> count = conditions.bind(
                    em.createQuery("select count(c) from CaseEntity c" + conditions.where(), Long.class));
            List<CaseView> items = select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .stream().map(c -> view(c, actor, locale)).toList();
            return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
        });
    }

    public List<HistoryEntry> history(long id, Actor actor) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            visible(em, id, actor);
            return em.createQuery("select h from HistoryEntity h where h.caseId = :id order by h.id", HistoryEntity.class)
                    .setParameter("id", id).getResultList().stream()
                    .map(h -> new HistoryEntry(h.at, h.actor, h.action, h.from, h.to, h.comment, h.detail)).toList();
        });
    }

    public List<SessionView> sessions(long id, Actor actor) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            visible(em, id, actor);
            return em.createQuery("select s from SessionEntity s where s.caseId = :id order by s.scheduledAt", SessionEntity.class)
                    .setParameter("id", id).getResultList().stream()
                    .map(s -> new SessionView(s.id, s.scheduledAt, s.mode, s.place,
                            s.attendees == null ? List.of() : Arrays.asList(s.attendees.split("\n")), s.minutes, s.recordedBy))
                    .toList();
        });
    }

    // ---- acting

    public CaseView act(long id, ActionRequest request, Actor actor, Locale locale) {
        request.validate();
        Instant now = clock.now();
        DisputeStatus[] from = new DisputeStatus[1];
        CaseEntity changed = jpa.txExpr(TransactionType.Required, em -> {
            CaseEntity c = em.find(CaseEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (c == null || !canSee(c, actor)) {
                throw ProblemException.notFound("Case", String.valueOf(id));
            }
            if (ownCasesOnly(actor) && !SCREENING.contains(request.action()) && !actor.name().equals(c.mediatorId)) {
                throw ProblemException.forbidden("Mediators act on the cases assigned to them.");
            }
            from[0] = c.status;
            Map<String, Object> before = snapshot(c);
            Transition t = transition(c.status, request.action(), actor);
            String detail = applySideEffects(em, c, request, actor, now);
            c.status = t.to();
            c.updatedAt = now;
            history(em, id, now, actor.name(), request.action(), t.from(), t.to(), request.comment(), detail);
            if (t.action() == DisputeAction.ACCEPT) {
                assign(em, c, Set.of(), now);
            }
            audit.record(new AuditEvent(actor.name(), RosterService.CAPABILITY, "case", String.valueOf(id),
                    request.action().name().toLowerCase(Locale.ROOT), before, snapshot(c)));
            return c;
        });
        publish(request.action().name(), changed, actor, from[0]);
        return view(changed, actor, locale);
    }

    private static Transition transition(DisputeStatus status, DisputeAction action, Actor actor) {
        try {
            return DisputeLifecycle.apply(status, action, actor.roles());
        } catch (TransitionException e) {
            throw e.toProblemException();
        }
    }

    private String applySideEffects(EntityManager em, CaseEntity c, ActionRequest request, Actor actor, Instant now) {
        switch (request.action()) {
            case ACCEPT -> {
                c.acceptedAt = now;
                c.deadline = settings.policy().deadline(now);
                return "deadline " + c.deadline;
            }
            case DECLINE -> {
                c.declineReason = request.declineReason().name();
                c.decidedAt = now;
                return "reason " + c.declineReason;
            }
            case REASSIGN -> {
                if (c.previousMediators != null) {
                    throw ProblemException.conflict("The parties may ask for a different mediator only once.");
                }
                Set<String> excluded = Set.of(c.mediatorId);
                c.previousMediators = c.mediatorId;
                if (!assign(em, c, excluded, now)) {
                    throw ProblemException.conflict("No other mediator on duty can take the case now: " + c.assignmentNote);
                }
                return c.assignmentNote;
            }
            case SCHEDULE_SESSION -> {
                var s = request.session();
                SessionEntity session = new SessionEntity();
                session.caseId = c.id;
                session.scheduledAt = s.scheduledAt();
                session.mode = s.mode().name();
                session.place = s.place();
                session.attendees = s.attendees() == null ? null : String.join("\n", s.attendees());
                session.minutes = s.minutes();
                session.recordedBy = actor.name();
                em.persist(session);
                return "session " + s.mode() + " at " + s.scheduledAt();
            }
            case EXTEND -> {
                c.deadline = settings.policy().extend(c.deadline, request.extensionDays(),
                        Boolean.TRUE.equals(request.consumerConsents()), Boolean.TRUE.equals(request.merchantConsents()),
                        c.extended);
                c.extended = true;
                return "deadline " + c.deadline;
            }
            case AGREE -> {
                c.agreementTerms = request.agreement().terms();
                c.agreementFen = request.agreement().amountFen();
                c.agreementDue = request.agreement().dueDate();
                c.decidedAt = now;
                return "agreement " + c.agreementFen + " fen due " + c.agreementDue;
            }
            case FAIL -> {
                c.decidedAt = now;
                return null;
            }
            case CONFIRM -> {
                c.confirmationNumber = request.confirmationNumber();
                return "confirmation " + c.confirmationNumber;
            }
            case REFER -> {
                c.filingReference = request.filingReference();
                return "court filing " + c.filingReference;
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * Gives the case to the next eligible mediator on duty today (Asia/Shanghai), explaining who
     * was skipped and why. The rotation row is locked, so concurrent acceptances take turns.
     */
    private boolean assign(EntityManager em, CaseEntity c, Set<String> excluded, Instant now) {
        RotationEntity rotation = em.find(RotationEntity.class, ROTATION_ROW, LockModeType.PESSIMISTIC_WRITE);
        if (rotation == null) {
            rotation = new RotationEntity();
            rotation.id = ROTATION_ROW;
            em.persist(rotation);
        }
        LocalDate today = now.atZone(PlatformClock.DISPLAY_ZONE).toLocalDate();
        int recentDays = settings.policy().conflictRecentDays();
        Map<String, Set<String>> recent = recentDays <= 0 ? Map.of()
                : roster.recentMerchantKeys(em, now.minus(Duration.ofDays(recentDays)));
        RotationDecision decision = Rotation.assign(roster.onDuty(em, today), rotation.lastMediatorId,
                new CaseToAssign(c.category, c.merchantKey, excluded), recent);
        String skipped = decision.skipped().stream().map(s -> s.mediatorId() + " " + s.reason())
                .collect(Collectors.joining(", "));
        if (decision.mediatorId().isEmpty()) {
            c.assignmentNote = "nobody eligible on duty " + today + (skipped.isEmpty() ? "" : "; skipped: " + skipped);
            return false;
        }
        String chosen = decision.mediatorId().get();
        MediatorEntity mediator = em.find(MediatorEntity.class, chosen);
        DisputeStatus before = c.status;
        c.mediatorId = chosen;
        c.organisationId = mediator.organisationId;
        c.status = DisputeStatus.ASSIGNED;
        c.assignmentNote = "assigned to " + chosen + " by rotation" + (skipped.isEmpty() ? "" : "; skipped: " + skipped);
        rotation.lastMediatorId = chosen;
        history(em, c.id, now, Actor.SYSTEM.name(), DisputeAction.ASSIGN, before, DisputeStatus.ASSIGNED, null,
                c.assignmentNote);
        return true;
    }

    /**
     * Runs the rotation again for an accepted case that found nobody eligible at the time (for
     * example when every specialist was at the limit): {@code mediation:assign ID}.
     */
    public CaseView assignPending(long id, Actor actor, Locale locale) {
        Instant now = clock.now();
        CaseEntity assigned = jpa.txExpr(TransactionType.Required, em -> {
            CaseEntity c = em.find(CaseEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (c == null) {
                throw ProblemException.notFound("Case", String.valueOf(id));
            }
            if (c.status != DisputeStatus.ACCEPTED) {
                throw ProblemException.conflict("Only an accepted case waiting for a mediator can be assigned; this one is "
                        + c.status + ".");
            }
            if (!assign(em, c, Set.of(), now)) {
                throw ProblemException.conflict("Nobody is eligible now: " + c.assignmentNote);
            }
            c.updatedAt = now;
            return c;
        });
        publish("ASSIGN", assigned, actor, DisputeStatus.ACCEPTED);
        return view(assigned, actor, locale);
    }

    /**
     * Warns once, by event and in the history, about cases whose deadline is within the
     * warning period; returns how many were warned.
     */
    public int warnDueSoon() {
        Instant now = clock.now();
        Instant horizon = now.plus(Duration.ofDays(settings.policy().warningDays()));
        List<Long> due = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select c.id from CaseEntity c"
                + " where c.status in :running and c.deadline <= :horizon and c.deadline >= :now and c.warnedAt is null",
                Long.class).setParameter("running", running()).setParameter("horizon", horizon)
                .setParameter("now", now).setMaxResults(500).getResultList());
        for (Long id : due) {
            CaseEntity c = jpa.txExpr(TransactionType.Required, em -> {
                CaseEntity locked = em.find(CaseEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
                locked.warnedAt = now;
                history(em, id, now, Actor.SYSTEM.name(), null, locked.status, locked.status, null,
                        "deadline " + locked.deadline + " is near");
                return locked;
            });
            publish("DUE_SOON", c, Actor.SYSTEM, null);
        }
        return due.size();
    }

    // ---- expiry

    /** Marks cases whose deadline passed as EXPIRED, each in its own short transaction. */
    public int expireOverdue() {
        Instant now = clock.now();
        List<Long> overdue = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select c.id from CaseEntity c where c.status in :running and c.deadline < :now", Long.class)
                .setParameter("running", running()).setParameter("now", now).setMaxResults(500).getResultList());
        int expired = 0;
        for (Long id : overdue) {
            Optional<CaseEntity> changed = jpa.txExpr(TransactionType.Required, em -> {
                CaseEntity c = em.find(CaseEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
                if (c == null || c.deadline == null || !settings.policy().isExpired(c.deadline, now)) {
                    return Optional.<CaseEntity>empty();
                }
                return DisputeLifecycle.expire(c.status).map(t -> {
                    c.status = t.to();
                    c.decidedAt = now;
                    c.updatedAt = now;
                    history(em, c.id, now, Actor.SYSTEM.name(), DisputeAction.EXPIRE, t.from(), t.to(), null,
                            "deadline " + c.deadline + " passed");
                    return c;
                });
            });
            if (changed.isPresent()) {
                expired++;
                publish("EXPIRED", changed.get(), Actor.SYSTEM, null);
            }
        }
        return expired;
    }

    // ---- helpers

    private static List<DisputeStatus> running() {
        return List.of(DisputeStatus.ACCEPTED, DisputeStatus.ASSIGNED, DisputeStatus.IN_MEDIATION);
    }

    /** A user who is a mediator and nothing more sees only their own cases. */
    static boolean ownCasesOnly(Actor actor) {
        return actor.hasRole(Roles.MEDIATOR) && !actor.hasAnyRole(List.of(Roles.ADMIN, Roles.INTEGRATOR));
    }

    private static boolean canSee(CaseEntity c, Actor actor) {
        return !ownCasesOnly(actor) || actor.name().equals(c.mediatorId) || c.status == DisputeStatus.FILED;
    }

    private static CaseEntity visible(EntityManager em, long id, Actor actor) {
        CaseEntity c = em.find(CaseEntity.class, id);
        if (c == null || !canSee(c, actor)) {
            throw ProblemException.notFound("Case", String.valueOf(id));
        }
        return c;
    }

    private static void history(EntityManager em, long caseId, Instant at, String actor, DisputeAction action,
                                DisputeStatus from, DisputeStatus to, String comment, String detail) {
        HistoryEntity h = new HistoryEntity();
        h.caseId = caseId;
        h.at = at;
        h.actor = actor;
        h.action = action;
        h.from = from;
        h.to = to;
        h.comment = comment;
        h.detail = detail;
        em.persist(h);
    }

    private void publish(String event, CaseEntity c, Actor actor, DisputeStatus from) {
        events.postEvent(new Event(Topics.of(RosterService.CAPABILITY, "case", event),
                Topics.properties(c.id, actor.name(), from, c.status)));
    }

    private static Map<String, Object> snapshot(CaseEntity c) {
        Map<String, Object> s = new java.util.LinkedHashMap<>();
        s.put("status", c.status);
        s.put("mediatorId", c.mediatorId);
        s.put("deadline", c.deadline);
        s.put("agreementFen", c.agreementFen);
        s.put("confirmationNumber", c.confirmationNumber);
        s.put("filingReference", c.filingReference);
        return s;
    }

    private CaseView view(CaseEntity c, Actor actor, Locale locale) {
        Instant now = clock.now();
        boolean running = running().contains(c.status) && c.deadline != null;
        Set<DisputeAction> allowed = new LinkedHashSet<>(DisputeLifecycle.allowed(c.status, actor.roles()));
        return new CaseView(c.id, c.status, Locales.label("org.chrysalis.mediation.labels",
                CaseService.class.getClassLoader(), locale, "status." + c.status), c.category, c.consumerName,
                c.consumerPhone, c.merchantName, c.merchantCode, c.merchantContact, c.claimFen, c.facts,
                c.sourceCapability, c.sourceCaseId, c.mediatorId, c.organisationId, c.assignmentNote, c.filedAt,
                c.acceptedAt, c.deadline, c.extended, running && settings.policy().isDueSoon(c.deadline, now),
                running && settings.policy().isExpired(c.deadline, now), c.decidedAt, c.declineReason,
                c.agreementTerms, c.agreementFen, c.agreementDue, c.confirmationNumber, c.filingReference, allowed);
    }
}
