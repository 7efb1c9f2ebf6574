package org.chrysalis.mediation.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.mediation.domain.DisputeCategory;
import org.chrysalis.mediation.domain.DisputeStatus;
import org.chrysalis.mediation.domain.MediatorState;
import org.chrysalis.mediation.persistence.MediatorEntity;
import org.chrysalis.mediation.persistence.OrganisationEntity;
import org.chrysalis.mediation.service.Views.Mediator;
import org.chrysalis.mediation.service.Views.Organisation;
import org.chrysalis.platform.api.audit.AuditEvent;
import org.chrysalis.platform.api.audit.AuditService;
import org.chrysalis.platform.api.problem.FieldErrors;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.security.Actor;

/** Mediation organisations, mediators and the duty rota. */
public class RosterService {

    static final String CAPABILITY = "mediation";
    static final Set<String> KINDS = Set.of("CONSUMER_ASSOCIATION", "INDUSTRY_BODY", "PEOPLES_MEDIATION_COMMITTEE",
            "LAW_FIRM", "OTHER");
    private static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}";

    private final JpaTemplate jpa;
    private final AuditService audit;

    public RosterService(JpaTemplate jpa, AuditService audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    public List<Organisation> organisations() {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select o from OrganisationEntity o order by o.id", OrganisationEntity.class).getResultList()
                .stream().map(o -> new Organisation(o.id, o.name, o.kind, o.contact)).toList());
    }

    public Organisation createOrganisation(Organisation input, Actor actor) {
        new FieldErrors().required("id", input.id()).matches("id", input.id(), ID_PATTERN, "must be 1-64 letters, digits, '.', '_' or '-'")
                .required("name", input.name()).maxLength("name", input.name(), 200)
                .required("kind", input.kind()).check(input.kind() == null || KINDS.contains(input.kind()), "kind",
                        "must be one of " + KINDS)
                .maxLength("contact", input.contact(), 200).throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(OrganisationEntity.class, input.id()) != null) {
                throw ProblemException.conflict("An organisation with id '" + input.id() + "' already exists.");
            }
            OrganisationEntity o = new OrganisationEntity();
            o.id = input.id();
            o.name = input.name();
            o.kind = input.kind();
            o.contact = input.contact();
            em.persist(o);
            audit.record(new AuditEvent(actor.name(), CAPABILITY, "organisation", o.id, "create", null, input));
            return input;
        });
    }

    public List<Mediator> mediators(String organisationId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            String where = organisationId == null ? "" : " where m.organisationId = :org";
            var query = em.createQuery("select m from MediatorEntity m" + where + " order by m.rotaOrder, m.id",
                    MediatorEntity.class);
            if (organisationId != null) {
                query.setParameter("org", organisationId);
            }
            return query.getResultList().stream().map(RosterService::view).toList();
        });
    }

    public Mediator mediator(String id) {
        return jpa.txExpr(TransactionType.Supports, em -> view(existing(em, id)));
    }

    /** Creates or replaces a mediator (an administrator suspends one with {@code "active": false}). */
    public Mediator saveMediator(String id, Mediator input, Actor actor) {
        FieldErrors errors = new FieldErrors().required("id", id).matches("id", id, ID_PATTERN, "must be 1-64 letters, digits, '.', '_' or '-'")
                .required("name", input.name()).maxLength("name", input.name(), 100)
                .required("organisationId", input.organisationId())
                .check(input.specialties() != null && !input.specialties().isEmpty(), "specialties", "at least one category")
                .maxLength("languages", input.languages(), 200)
                .check(input.maxOpenCases() == null || input.maxOpenCases() >= 1 && input.maxOpenCases() <= 500,
                        "maxOpenCases", "must be between 1 and 500")
                .check(input.dutyDays() == null || input.dutyDays().stream().allMatch(d -> d != null && d >= 1 && d <= 7),
                        "dutyDays", "ISO weekdays 1 (Monday) to 7");
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(OrganisationEntity.class, input.organisationId()) == null) {
                throw ProblemException.invalid("organisationId", "no organisation has this id");
            }
            MediatorEntity m = em.find(MediatorEntity.class, id);
            Mediator before = m == null ? null : view(m);
            if (m == null) {
                m = new MediatorEntity();
                m.id = id;
                m.rotaOrder = input.rotaOrder() != null ? input.rotaOrder() : nextRotaOrder(em);
                em.persist(m);
            } else if (input.rotaOrder() != null) {
                m.rotaOrder = input.rotaOrder();
            }
            m.name = input.name();
            m.organisationId = input.organisationId();
            m.specialties = input.specialties().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
            m.languages = input.languages();
            m.active = input.active() == null || input.active();
            m.maxOpenCases = input.maxOpenCases() == null ? 10 : input.maxOpenCases();
            m.merchantLinks = input.merchantLinks() == null ? null : String.join(",", input.merchantLinks());
            m.dutyDays = (input.dutyDays() == null || input.dutyDays().isEmpty() ? Set.of(1, 2, 3, 4, 5) : input.dutyDays())
                    .stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
            Mediator after = view(m);
            audit.record(new AuditEvent(actor.name(), CAPABILITY, "mediator", id, before == null ? "create" : "update",
                    before, after));
            return after;
        });
    }

    private static int nextRotaOrder(EntityManager em) {
        Integer max = em.createQuery("select max(m.rotaOrder) from MediatorEntity m", Integer.class).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** The rota of a day, for reading. */
    public List<MediatorState> rota(LocalDate day) {
        return jpa.txExpr(TransactionType.Supports, em -> onDuty(em, day));
    }

    /** Mediators on duty on a day, in rota order, with their open case counts. */
    public List<MediatorState> onDuty(EntityManager em, LocalDate day) {
        String weekday = String.valueOf(day.getDayOfWeek().getValue());
        Map<String, Long> open = new HashMap<>();
        for (Object[] row : em.createQuery("select c.mediatorId, count(c) from CaseEntity c where c.mediatorId is not null"
                + " and c.status in :open group by c.mediatorId", Object[].class)
                .setParameter("open", openStatuses()).getResultList()) {
            open.put((String) row[0], (Long) row[1]);
        }
        return em.createQuery("select m from MediatorEntity m order by m.rotaOrder, m.id", MediatorEntity.class)
                .getResultList().stream()
                .filter(m -> Arrays.asList(m.dutyDays.split(",")).contains(weekday))
                .map(m -> new MediatorState(m.id, m.organisationId, m.active, categories(m.specialties),
                        open.getOrDefault(m.id, 0L).intValue(), m.maxOpenCases, keys(m.merchantLinks)))
                .toList();
    }

    /** Merchant keys of each mediator's cases filed since {@code since}. */
    public Map<String, Set<String>> recentMerchantKeys(EntityManager em, Instant since) {
        Map<String, Set<String>> keys = new HashMap<>();
        for (Object[] row : em.createQuery("select c.mediatorId, c.merchantKey from CaseEntity c where c.mediatorId is not null"
                + " and c.filedAt >= :since", Object[].class).setParameter("since", since).getResultList()) {
            keys.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((String) row[1]);
        }
        return keys;
    }

    static List<DisputeStatus> openStatuses() {
        return List.of(DisputeStatus.ASSIGNED, DisputeStatus.IN_MEDIATION);
    }

    private static MediatorEntity existing(EntityManager em, String id) {
        MediatorEntity m = em.find(MediatorEntity.class, id);
        if (m == null) {
            throw ProblemException.notFound("Mediator", id);
        }
        return m;
    }

    private static Set<DisputeCategory> categories(String text) {
        return Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).map(DisputeCategory::valueOf)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> keys(String text) {
        return text == null || text.isBlank() ? Set.of()
                : Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
    }

    private static Mediator view(MediatorEntity m) {
        return new Mediator(m.id, m.name, m.organisationId, categories(m.specialties), m.languages, m.active,
                m.maxOpenCases, keys(m.merchantLinks), m.rotaOrder,
                Arrays.stream(m.dutyDays.split(",")).map(Integer::valueOf).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    public boolean isEmpty() {
        return jpa.txExpr(TransactionType.Supports, em ->
                em.createQuery("select count(o) from OrganisationEntity o", Long.class).getSingleResult() == 0);
    }
}
