package org.chrysalis.grid.service;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.grid.domain.ActionRequest;
import org.chrysalis.grid.domain.DeadlinePolicy;
import org.chrysalis.grid.domain.DuplicateFinder;
import org.chrysalis.grid.domain.GridPlacement;
import org.chrysalis.grid.domain.IncidentAction;
import org.chrysalis.grid.domain.IncidentLifecycle;
import org.chrysalis.grid.domain.IncidentStatus;
import org.chrysalis.grid.domain.OpenIncident;
import org.chrysalis.grid.domain.PointsAward;
import org.chrysalis.grid.domain.Transition;
import org.chrysalis.grid.persistence.HistoryEntity;
import org.chrysalis.grid.persistence.IncidentEntity;
import org.chrysalis.grid.persistence.PointsEntity;
import org.chrysalis.grid.service.Views.CategoryView;
import org.chrysalis.grid.service.Views.Contact;
import org.chrysalis.grid.service.Views.Duplicate;
import org.chrysalis.grid.service.Views.HistoryEntry;
import org.chrysalis.grid.service.Views.IncidentFilter;
import org.chrysalis.grid.service.Views.IncidentView;
import org.chrysalis.grid.service.Views.ReportInput;
import org.chrysalis.grid.service.Views.Reported;
import org.chrysalis.platform.api.audit.AuditEvent;
import org.chrysalis.platform.api.audit.AuditService;
import org.chrysalis.platform.api.handoff.HandoffReceipt;
import org.chrysalis.platform.api.handoff.Handoffs;
import org.chrysalis.platform.api.handoff.HandoffRequest;
import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.lifecycle.TransitionException;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.persistence.Conditions;
import org.chrysalis.platform.api.persistence.JsonText;
import org.chrysalis.platform.api.problem.FieldErrors;
import org.chrysalis.platform.api.problem.Problem;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.security.Actor;
import org.chrysalis.platform.api.security.Roles;
import org.chrysalis.platform.api.time.PlatformClock;

/** Reporting and handling incidents: placement, deadlines, lifecycle, history, points, hand-off. */
public class IncidentService {

    public static final int MAX_DESCRIPTION = 4000;
    public static final String OPEN311 = "OPEN311";
    static final int MAX_MEDIA = 10;
    private static final Set<String> STAFF = Set.of(Roles.ADMIN, Roles.DISPATCHER, Roles.GRID_WORKER);
    private static final int ESCALATION_BATCH = 500;
    /** States the escalation scan looks at; ESCALATED ones were already escalated. */
    private static final List<IncidentStatus> ESCALATABLE = List.of(IncidentStatus.REPORTED, IncidentStatus.ACCEPTED,
            IncidentStatus.DISPATCHED, IncidentStatus.IN_PROGRESS, IncidentStatus.REOPENED);

    private final JpaTemplate jpa;
    private final CatalogueService catalogue;
    private final AuditService audit;
    private final PlatformClock clock;
    private final GridSettings settings;
    private final GridEvents events;
    private final Handoffs handoffs;
    private final ListTotals<IncidentFilter> totals = new ListTotals<>();

    public IncidentService(JpaTemplate jpa, CatalogueService catalogue, AuditService audit, PlatformClock clock,
                           GridSettings settings, GridEvents events, Handoffs handoffs) {
        this.jpa = jpa;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
        this.events = events;
        this.handoffs = handoffs;
    }

    // ---- reporting

    /**
     * Files a report. {@code reporter} is the signed-in worker, or null for an anonymous citizen
     * (Open311); {@code channel} says where it came from (REST, OPEN311, SOAP).
     */
    public Reported report(ReportInput input, Actor reporter, String channel, Locale locale) {
        validate(input);
        var now = clock.now();
        var current = settings.get();
        Optional<String> grid = input.latitude() == null ? Optional.empty()
                : GridPlacement.place(catalogue.shapes(), input.latitude(), input.longitude(),
                        current.placementRadiusMeters());
        String actorName = reporter == null ? "citizen" : reporter.name();
        IncidentEntity saved = jpa.txExpr(TransactionType.Required, em -> {
            IncidentEntity incident = new IncidentEntity();
            incident.category = input.category();
            incident.description = input.description();
            incident.latitude = input.latitude();
            incident.longitude = input.longitude();
            incident.address = input.address();
            incident.media = input.media() == null || input.media().isEmpty() ? null : JsonText.write(input.media());
            incident.reporter = reporter == null ? null : reporter.name();
            if (input.contact() != null) {
                incident.contactName = input.contact().name();
                incident.contactPhone = input.contact().phone();
                incident.contactEmail = input.contact().email();
            }
            incident.channel = channel;
            incident.open311Token = OPEN311.equals(channel) ? java.util.UUID.randomUUID().toString() : null;
            incident.gridCode = grid.orElse(null);
            incident.status = IncidentStatus.REPORTED;
            incident.reportedAt = now;
            incident.updatedAt = now;
            incident.responseDue = current.deadlines().responseDue(input.category(), now);
            incident.resolutionDue = current.deadlines().resolutionDue(input.category(), now);
            em.persist(incident);
            em.flush();
            history(em, incident.id, now, actorName, null, null, IncidentStatus.REPORTED, null,
                    incident.gridCode == null ? "unassigned" : "grid " + incident.gridCode);
            audit.record(new AuditEvent(actorName, CatalogueService.CAPABILITY, "incident", String.valueOf(incident.id),
                    "report", null, snapshot(incident)));
            return incident;
        });
        events.incident("REPORTED", saved.id, actorName, null, IncidentStatus.REPORTED, saved.gridCode);
        List<Duplicate> duplicates = input.latitude() == null ? List.of()
                : duplicates(saved.id, input.category(), input.latitude(), input.longitude(),
                        current.duplicateRadiusMeters());
        return new Reported(view(saved, reporter, locale), duplicates);
    }

    private void validate(ReportInput input) {
        FieldErrors errors = new FieldErrors()
                .required("category", input.category())
                .required("description", input.description())
                .maxLength("description", input.description(), MAX_DESCRIPTION)
                .maxLength("address", input.address(), 500);
        if (input.category() != null && catalogue.category(input.category(), Locales.DEFAULT).isEmpty()) {
            errors.add("category", "no active category has this code");
        }
        boolean hasPoint = input.latitude() != null || input.longitude() != null;
        if (hasPoint) {
            errors.check(input.latitude() != null && input.latitude() >= -90 && input.latitude() <= 90,
                    "latitude", "must be between -90 and 90");
            errors.check(input.longitude() != null && input.longitude() >= -180 && input.longitude() <= 180,
                    "longitude", "must be between -180 and 180");
        } else {
            errors.check(input.address() != null && !input.address().isBlank(), "location",
                    "give latitude and longitude, or an address");
        }
        List<String> media = input.media() == null ? List.of() : input.media();
        errors.check(media.size() <= MAX_MEDIA, "media", "at most " + MAX_MEDIA + " items");
        for (int i = 0; i < media.size(); i++) {
            errors.required("media[" + i + "]", media.get(i))
                    .matches("media[" + i + "]", media.get(i), "https?://\\S{1,490}", "must be an http(s) URL");
        }
        if (input.contact() != null) {
            errors.maxLength("contact.name", input.contact().name(), 200)
                    .maxLength("contact.phone", input.contact().phone(), 50)
                    .maxLength("contact.email", input.contact().email(), 200);
        }
        errors.throwIfAny();
    }

    /**
     * The duplicate check's query. The closed statuses are literals: with a list parameter EclipseLink
     * built the SQL again on every report (a quarter of the check's time in a JFR profile of reports).
     */
    private static final String NEAR_OPEN = "select i.id, i.latitude, i.longitude from IncidentEntity i"
            + " where i.category = :category and i.id <> :self and i.status not in ("
            + terminal().stream().map(s -> IncidentStatus.class.getName() + "." + s.name()).collect(Collectors.joining(", "))
            + ") and i.latitude between :lat0 and :lat1 and i.longitude between :lon0 and :lon1";

    /** Open incidents of the category near the point, nearest first, without the new one. */
    private List<Duplicate> duplicates(long self, String category, double lat, double lon, double radius) {
        double dLat = radius / 111_320.0;
        double dLon = radius / (111_320.0 * Math.max(0.01, Math.cos(Math.toRadians(lat))));
        // the four columns the finder needs, not whole entities: a report used to spend most of its
        // time loading (and registering) up to 200 neighbours (JFR, benchmarks/REPORT.md)
        List<OpenIncident> near = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(NEAR_OPEN, Object[].class)
                .setParameter("category", category).setParameter("self", self)
                .setParameter("lat0", lat - dLat).setParameter("lat1", lat + dLat)
                .setParameter("lon0", lon - dLon).setParameter("lon1", lon + dLon)
                .setMaxResults(200).getResultList().stream()
                .map(row -> new OpenIncident((Long) row[0], category, (Double) row[1], (Double) row[2])).toList());
        return DuplicateFinder.candidates(near, category, lat, lon, radius).stream()
                .map(d -> new Duplicate(d.id(), Math.round(d.distanceMeters() * 10) / 10.0)).toList();
    }

    // ---- reading

    public IncidentView get(long id, Actor actor, Locale locale) {
        return jpa.txExpr(TransactionType.Supports, em -> view(existing(em, id, false), actor, locale));
    }

    public Page<IncidentView> list(IncidentFilter filter, PageRequest page, Actor actor, Locale locale) {
        Instant now = clock.now();
        return jpa.txExpr(TransactionType.Supports, em -> {
            Conditions conditions = new Conditions()
                    .and("i.status = :status", "status", filter.status())
                    .and("i.gridCode = :grid", "grid", filter.gridCode())
                    .and("i.category = :category", "category", filter.category())
                    .and("i.reportedAt >= :from", "from", filter.from())
                    .and("i.reportedAt < :to", "to", filter.to());
            if (Boolean.TRUE.equals(filter.overdue())) {
                conditions.always("(i.status = :escalated or (i.status in :active and (i.resolutionDue < :now"
                        + " or (i.status = :reported and i.responseDue < :now))))", Map.of(
                                "escalated", IncidentStatus.ESCALATED, "active", ESCALATABLE,
                                "reported", IncidentStatus.REPORTED, "now", now));
            }
            // the page's ids first, read in order from an index that holds the order (grid changelog,
            // grid-5), then only those rows: sorting whole matching rows took seconds at 200,000
            List<Long> ids = conditions.bind(em.createQuery("select i.id from IncidentEntity i"
                    + conditions.where() + " order by i.reportedAt desc, i.id desc", Long.class))
                    .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
            Map<Long, IncidentEntity> rows = new HashMap<>();
            if (!ids.isEmpty()) {
                em.createQuery("select i from IncidentEntity i where i.id in :ids", IncidentEntity.class)
                        .setParameter("ids", ids).getResultList().forEach(i -> rows.put(i.id, i));
            }
            List<IncidentView> items = ids.stream().map(rows::get).filter(Objects::nonNull)
                    .map(i -> view(i, actor, locale)).toList();
            long total = totals.total(filter, upTo -> conditions.bind(em.createQuery("select i.id from IncidentEntity i"
                            + conditions.where(), Long.class)).setMaxResults(upTo).getResultList().size(),
                    () -> conditions.bind(em.createQuery("select count(i) from IncidentEntity i"
                            + conditions.where(), Long.class)).getSingleResult());
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    /**
     * Requests as Open311 lists them: by ids, or else by category, date range and open/closed,
     * newest first, at most {@code max}.
     */
    public List<IncidentView> requests(List<Long> ids, String category, Instant from, Instant to, Boolean open,
                                       int max, Locale locale) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Conditions conditions = new Conditions();
            if (!ids.isEmpty()) {
                conditions.always("i.id in :ids", Map.of("ids", ids));
            } else {
                conditions.and("i.category = :category", "category", category)
                        .always("i.reportedAt >= :from and i.reportedAt < :to", Map.of("from", from, "to", to));
                if (open != null) {
                    conditions.always(open ? "i.status not in :closed" : "i.status in :closed",
                            Map.of("closed", closedForOpen311()));
                }
            }
            TypedQuery<IncidentEntity> select = conditions.bind(em.createQuery("select i from IncidentEntity i"
                    + conditions.where() + " order by i.reportedAt desc, i.id desc", IncidentEntity.class));
            return select.setMaxResults(max).getResultList().stream().map(i -> view(i, null, locale)).toList();
        });
    }

    /** Open311 "closed": finished one way or another. */
    public static List<IncidentStatus> closedForOpen311() {
        return List.of(IncidentStatus.CLOSED, IncidentStatus.REJECTED, IncidentStatus.MERGED, IncidentStatus.TRANSFERRED);
    }

    public Optional<Long> idForToken(String token) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select i.id from IncidentEntity i where i.open311Token = :token", Long.class)
                .setParameter("token", token).getResultList().stream().findFirst());
    }

    public Optional<String> tokenOf(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(IncidentEntity.class, id))
                .map(i -> i.open311Token));
    }

    public List<HistoryEntry> history(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            existing(em, id, false);
            return em.createQuery("select h from HistoryEntity h where h.incidentId = :id order by h.id", HistoryEntity.class)
                    .setParameter("id", id).getResultList().stream()
                    .map(h -> new HistoryEntry(h.at, h.actor, h.action, h.from, h.to, h.comment, h.detail)).toList();
        });
    }

    // ---- acting

    /** Applies one action by a user; 409 names the allowed actions when it does not apply. */
    public IncidentView act(long id, ActionRequest request, Actor actor, Locale locale) {
        if (request.action() == IncidentAction.ESCALATE) {
            throw ProblemException.forbidden("Escalation is done by the platform when a deadline passes.");
        }
        request.validate();
        Instant now = clock.now();
        IncidentStatus[] from = new IncidentStatus[1];
        IncidentEntity changed = jpa.txExpr(TransactionType.Required, em -> {
            IncidentEntity incident = existing(em, id, true);
            from[0] = incident.status;
            Map<String, Object> before = snapshot(incident);
            Transition transition = transition(incident, request.action(), actor);
            String detail = applySideEffects(em, incident, request, actor, now);
            incident.status = transition.to();
            incident.resumeStatus = transition.to() == IncidentStatus.ESCALATED ? incident.resumeStatus : null;
            incident.updatedAt = now;
            history(em, id, now, actor.name(), request.action(), transition.from(), transition.to(),
                    request.comment(), detail);
            settings.get().points().forTransition(transition, id, incident.reporter, incident.resolver)
                    .ifPresent(award -> award(em, award, incident.gridCode, now));
            audit.record(new AuditEvent(actor.name(), CatalogueService.CAPABILITY, "incident", String.valueOf(id),
                    request.action().name().toLowerCase(Locale.ROOT), before, snapshot(incident)));
            return incident;
        });
        events.incident(request.action().name(), id, actor.name(), from[0], changed.status, changed.gridCode);
        return view(changed, actor, locale);
    }

    private Transition transition(IncidentEntity incident, IncidentAction action, Actor actor) {
        try {
            return IncidentLifecycle.apply(incident.status, incident.resumeStatus, action, actor.roles());
        } catch (TransitionException e) {
            throw e.toProblemException();
        }
    }

    /** What an action changes besides the status; returns the detail kept in the history. */
    private String applySideEffects(EntityManager em, IncidentEntity incident, ActionRequest request, Actor actor,
                                    Instant now) {
        switch (request.action()) {
            case DISPATCH -> {
                if (catalogue.department(request.departmentCode()).isEmpty()) {
                    throw ProblemException.invalid("departmentCode", "no department has this code");
                }
                incident.departmentCode = request.departmentCode();
                return "department " + request.departmentCode();
            }
            case RESOLVE -> {
                incident.resolver = actor.name();
                return null;
            }
            case CLOSE -> {
                incident.closedAt = now;
                return null;
            }
            case REJECT -> {
                incident.closedAt = now;
                return "reason: " + request.reason();
            }
            case MERGE -> {
                IncidentEntity original = em.find(IncidentEntity.class, request.mergeInto());
                if (original == null || original.id.equals(incident.id) || original.status.isTerminal()) {
                    throw ProblemException.invalid("mergeInto", "must be another open incident");
                }
                incident.mergedInto = original.id;
                incident.closedAt = now;
                return "merged into " + original.id;
            }
            case TRANSFER -> {
                HandoffReceipt receipt = handOff(incident, request, actor);
                incident.transferredTo = receipt.targetCapability();
                incident.transferCaseId = receipt.targetCaseId();
                incident.closedAt = now;
                return "to " + receipt.targetCapability() + " case " + receipt.targetCaseId();
            }
            default -> {
                return null;
            }
        }
    }

    private HandoffReceipt handOff(IncidentEntity incident, ActionRequest request, Actor actor) {
        String target = request.targetCapability();
        CategoryView category = catalogue.category(incident.category, Locales.DEFAULT).orElseThrow();
        if (!target.equals(category.handoff())) {
            throw ProblemException.invalid("targetCapability",
                    "incidents of category " + incident.category + " cannot be handed to " + target);
        }
        HandoffRequest handoff = new HandoffRequest(CatalogueService.CAPABILITY, String.valueOf(incident.id),
                incident.category, category.name(), incident.description, incident.gridCode,
                Map.of("address", incident.address == null ? "" : incident.address,
                        "reporter", incident.reporter == null ? "" : incident.reporter), actor);
        return handoffs.with(target, h -> h.accept(handoff)).orElseThrow(() -> new ProblemException(
                Problem.of(409, "capability-unavailable", "The " + target
                        + " capability is not installed; the incident stays as it was.")
                        .withExtension("capability", target)));
    }

    // ---- escalation

    /**
     * Escalates open incidents whose deadline has passed; returns how many. The overdue ones are
     * found with two index range scans outside any transaction, then each is escalated in a short
     * transaction of its own, so the scan never holds locks that reporters or dispatchers wait on.
     */
    public int escalateOverdue() {
        Instant now = clock.now();
        List<Long> overdue = jpa.txExpr(TransactionType.Supports, em -> {
            java.util.Set<Long> ids = new java.util.LinkedHashSet<>(em.createQuery("select i.id from IncidentEntity i"
                    + " where i.status in :active and i.resolutionDue < :now", Long.class)
                    .setParameter("active", ESCALATABLE).setParameter("now", now)
                    .setMaxResults(ESCALATION_BATCH).getResultList());
            ids.addAll(em.createQuery("select i.id from IncidentEntity i where i.status = :reported"
                    + " and i.responseDue < :now", Long.class)
                    .setParameter("reported", IncidentStatus.REPORTED).setParameter("now", now)
                    .setMaxResults(ESCALATION_BATCH).getResultList());
            return List.copyOf(ids);
        });
        int escalated = 0;
        for (Long id : overdue) {
            if (escalate(id, now)) {
                escalated++;
            }
        }
        return escalated;
    }

    private boolean escalate(long id, Instant now) {
        Optional<IncidentEntity> changed = jpa.txExpr(TransactionType.Required, em -> {
            IncidentEntity incident = em.find(IncidentEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            // re-read under the lock: a dispatcher may have acted since the scan
            if (incident == null || !DeadlinePolicy.shouldEscalate(incident.status, incident.responseDue,
                    incident.resolutionDue, now)) {
                return Optional.<IncidentEntity>empty();
            }
            return IncidentLifecycle.escalate(incident.status).map(t -> {
                incident.resumeStatus = t.from();
                incident.status = t.to();
                incident.updatedAt = now;
                history(em, incident.id, now, Actor.SYSTEM.name(), IncidentAction.ESCALATE, t.from(), t.to(),
                        null, "deadline passed");
                return incident;
            });
        });
        changed.ifPresent(i -> events.incident("ESCALATED", i.id, Actor.SYSTEM.name(), i.resumeStatus, i.status,
                i.gridCode));
        return changed.isPresent();
    }

    // ---- helpers

    private static IncidentEntity existing(EntityManager em, long id, boolean lock) {
        IncidentEntity incident = lock ? em.find(IncidentEntity.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(IncidentEntity.class, id);
        if (incident == null) {
            throw ProblemException.notFound("Incident", String.valueOf(id));
        }
        return incident;
    }

    private static void history(EntityManager em, long incidentId, Instant at, String actor, IncidentAction action,
                                IncidentStatus from, IncidentStatus to, String comment, String detail) {
        HistoryEntity h = new HistoryEntity();
        h.incidentId = incidentId;
        h.at = at;
        h.actor = actor;
        h.action = action;
        h.from = from;
        h.to = to;
        h.comment = comment;
        h.detail = detail;
        em.persist(h);
    }

    private static void award(EntityManager em, PointsAward award, String gridCode, Instant at) {
        PointsEntity p = new PointsEntity();
        p.worker = award.worker();
        p.points = award.points();
        p.reason = award.reason();
        p.link = award.link();
        p.gridCode = gridCode;
        p.at = at;
        em.persist(p);
    }

    private static List<IncidentStatus> terminal() {
        return EnumSet.allOf(IncidentStatus.class).stream().filter(IncidentStatus::isTerminal).toList();
    }

    private static Map<String, Object> snapshot(IncidentEntity i) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("status", i.status);
        s.put("category", i.category);
        s.put("gridCode", i.gridCode);
        s.put("departmentCode", i.departmentCode);
        s.put("resolver", i.resolver);
        s.put("mergedInto", i.mergedInto);
        s.put("transferredTo", i.transferredTo);
        return s;
    }

    private IncidentView view(IncidentEntity i, Actor actor, Locale locale) {
        Set<String> roles = actor == null ? Set.of() : actor.roles();
        boolean staff = roles.stream().anyMatch(STAFF::contains);
        Contact contact = staff && (i.contactName != null || i.contactPhone != null || i.contactEmail != null)
                ? new Contact(i.contactName, i.contactPhone, i.contactEmail) : null;
        String categoryName = catalogue.category(i.category, locale).map(CategoryView::name).orElse(i.category);
        boolean overdue = DeadlinePolicy.isOverdue(i.status, i.resumeStatus, i.responseDue, i.resolutionDue,
                clock.now());
        return new IncidentView(i.id, i.category, categoryName, i.description, i.latitude, i.longitude, i.address,
                JsonText.readStrings(i.media), i.gridCode, i.status, statusLabel(i.status, locale),
                i.status == IncidentStatus.ESCALATED ? i.resumeStatus : null, i.departmentCode, i.reporter,
                i.resolver, contact, i.channel, i.reportedAt, i.updatedAt, i.responseDue, i.resolutionDue,
                i.closedAt, overdue, i.mergedInto, i.transferredTo, i.transferCaseId,
                IncidentLifecycle.allowed(i.status, i.resumeStatus, roles));
    }

    public static String statusLabel(IncidentStatus status, Locale locale) {
        return Locales.label("org.chrysalis.grid.labels", IncidentService.class.getClassLoader(), locale,
                "status." + status);
    }
}
