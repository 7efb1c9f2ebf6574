package org.chrysalis.campaigns.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.campaigns.domain.CampaignDraft;
import org.chrysalis.campaigns.domain.CampaignKind;
import org.chrysalis.campaigns.domain.Targets;
import org.chrysalis.campaigns.persistence.CampaignEntity;
import org.chrysalis.campaigns.persistence.KeyAreaEntity;
import org.chrysalis.campaigns.service.Views.CampaignView;
import org.chrysalis.campaigns.service.Views.KeyArea;
import org.chrysalis.platform.api.area.AreaService;
import org.chrysalis.platform.api.audit.AuditEvent;
import org.chrysalis.platform.api.audit.AuditService;
import org.chrysalis.platform.api.event.Topics;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.persistence.Conditions;
import org.chrysalis.platform.api.problem.FieldErrors;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.security.Actor;
import org.chrysalis.platform.api.time.PlatformClock;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Key areas (the "10") and campaigns (standing and the ad-hoc "N"). */
public class CampaignService {

    public static final String CAPABILITY = "campaigns";

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final AreaService areas;
    private final PlatformClock clock;
    private final EventAdmin events;

    public CampaignService(JpaTemplate jpa, AuditService audit, AreaService areas, PlatformClock clock, EventAdmin events) {
        this.jpa = jpa;
        this.audit = audit;
        this.areas = areas;
        this.clock = clock;
        this.events = events;
    }

    // ---- key areas

    public List<KeyArea> keyAreas(Locale locale) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select k from KeyAreaEntity k order by k.sortOrder, k.code", KeyAreaEntity.class).getResultList()
                .stream().map(k -> keyArea(k, locale)).toList());
    }

    public KeyArea keyArea(String code, Locale locale) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            KeyAreaEntity k = em.find(KeyAreaEntity.class, code);
            if (k == null) {
                throw ProblemException.notFound("Key area", code);
            }
            return keyArea(k, locale);
        });
    }

    /** Creates or edits a key area; fields left out of an edit keep their value. */
    public KeyArea saveKeyArea(String code, KeyArea input, Actor actor, Locale locale) {
        if (input == null) {
            throw ProblemException.badRequest("A key area is required.");
        }
        var errors = new FieldErrors()
                .matches("code", code, "[a-z0-9][a-z0-9-]{1,63}", "must be 2-64 lower-case letters, digits or '-'")
                .maxLength("name", input.name(), 100)
                .maxLength("nameEn", input.nameEn(), 200)
                .maxLength("description", input.description(), 1000);
        if (input.sortOrder() != null) {
            errors.check(input.sortOrder() >= 0, "sortOrder", "must be 0 or more");
        }
        errors.throwIfAny();
        KeyAreaEntity saved = jpa.txExpr(TransactionType.Required, em -> {
            KeyAreaEntity k = em.find(KeyAreaEntity.class, code);
            Map<String, Object> before = k == null ? null : snapshot(k);
            if (k == null) {
                new FieldErrors().required("name", input.name()).required("nameEn", input.nameEn()).throwIfAny();
                k = new KeyAreaEntity();
                k.code = code;
                k.active = true;
                k.sortOrder = em.createQuery("select count(k) from KeyAreaEntity k", Long.class).getSingleResult().intValue() + 1;
                em.persist(k);
            }
            if (input.name() != null && !input.name().isBlank()) {
                k.name = input.name().trim();
            }
            if (input.nameEn() != null && !input.nameEn().isBlank()) {
                k.nameEn = input.nameEn().trim();
            }
            if (input.description() != null) {
                k.description = input.description();
            }
            if (input.active() != null) {
                k.active = input.active();
            }
            if (input.sortOrder() != null) {
                k.sortOrder = input.sortOrder();
            }
            audit.record(new AuditEvent(actor.name(), CAPABILITY, "key-area", code, before == null ? "create" : "update",
                    before, snapshot(k)));
            return k;
        });
        return keyArea(saved, locale);
    }

    // ---- campaigns

    public CampaignView create(CampaignDraft draft, Actor actor, Locale locale) {
        if (draft == null) {
            throw ProblemException.badRequest("A campaign is required.");
        }
        draft.validate();
        var errors = new FieldErrors();
        for (String code : draft.areas()) {
            errors.check(code != null && areas.find(code).isPresent(), "areaCodes", "no area " + code);
        }
        Instant now = clock.now();
        CampaignEntity saved = jpa.txExpr(TransactionType.Required, em -> {
            if (draft.keyAreaCode() != null) {
                KeyAreaEntity k = em.find(KeyAreaEntity.class, draft.keyAreaCode());
                errors.check(k != null && k.active, "keyAreaCode", "must be an active key area");
            }
            errors.throwIfAny();
            CampaignEntity c = new CampaignEntity();
            c.name = draft.name().trim();
            c.kind = draft.kind();
            c.keyAreaCode = draft.keyAreaCode();
            c.leadDepartment = draft.leadDepartment().trim();
            c.departments = draft.departments().isEmpty() ? null : String.join("\n", draft.departments());
            c.startDate = draft.startDate();
            c.endDate = draft.endDate();
            c.areaCodes = draft.areas().isEmpty() ? null : String.join(",", draft.areas());
            Targets t = draft.targets() == null ? Targets.NONE : draft.targets();
            c.targetClosurePercent = t.closureRatePercent();
            c.targetMaxOverdueHigh = t.maxOverdueHighSeverity();
            c.targetMedianDays = t.maxMedianDays();
            c.description = draft.description();
            c.createdBy = actor.name();
            c.createdAt = now;
            em.persist(c);
            em.flush();
            audit.record(new AuditEvent(actor.name(), CAPABILITY, "campaign", String.valueOf(c.id), "create", null,
                    snapshot(c)));
            return c;
        });
        events.postEvent(new Event(Topics.of(CAPABILITY, "campaign", "CREATED"),
                Topics.properties(saved.id, actor.name(), null, saved.kind)));
        return get(saved.id, locale);
    }

    public CampaignView get(long id, Locale locale) {
        return jpa.txExpr(TransactionType.Supports, em -> view(em, find(em, id), locale));
    }

    public Page<CampaignView> list(String keyAreaCode, CampaignKind kind, PageRequest page, Locale locale) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Conditions conditions = new Conditions()
                    .and("c.keyAreaCode = :keyArea", "keyArea", keyAreaCode)
                    .and("c.kind = :kind", "kind", kind);
            TypedQuery<CampaignEntity> select = conditions.bind(em.createQuery("select c from CampaignEntity c"
                    + conditions.where() + " order by c.id desc", CampaignEntity.class));
            long total = conditions.bind(em.createQuery("select count(c) from CampaignEntity c" + conditions.where(),
                    Long.class)).getSingleResult();
            List<CampaignView> items = select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .stream().map(c -> view(em, c, locale)).toList();
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    public boolean isEmpty() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select count(c) from CampaignEntity c",
                Long.class).getSingleResult() == 0);
    }

    public int keyAreaCount() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select count(k) from KeyAreaEntity k",
                Long.class).getSingleResult().intValue());
    }

    /**
     * The standing campaign that collects tasks handed over by other capabilities, created on
     * the first hand-off under the configured key area; its lead department follows the area.
     */
    CampaignEntity handoffCampaign(EntityManager em, String keyAreaCode, Instant now) {
        List<CampaignEntity> found = em.createQuery("select c from CampaignEntity c where c.purpose = :purpose"
                + " order by c.id", CampaignEntity.class).setParameter("purpose", CampaignEntity.HANDOFF)
                .setMaxResults(1).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        KeyAreaEntity k = em.find(KeyAreaEntity.class, keyAreaCode);
        CampaignEntity c = new CampaignEntity();
        c.name = "网格移交隐患整治 (hazards handed over from the grid)";
        c.kind = CampaignKind.STANDING;
        c.keyAreaCode = k == null ? null : k.code;
        c.leadDepartment = "新区应急管理局";
        c.startDate = LocalDate.ofInstant(now, PlatformClock.DISPLAY_ZONE);
        c.purpose = CampaignEntity.HANDOFF;
        c.description = "Standing campaign created by the platform for tasks handed over by other capabilities.";
        c.createdBy = Actor.SYSTEM.name();
        c.createdAt = now;
        em.persist(c);
        em.flush();
        audit.record(new AuditEvent(Actor.SYSTEM.name(), CAPABILITY, "campaign", String.valueOf(c.id), "create", null,
                snapshot(c)));
        return c;
    }

    static CampaignEntity find(EntityManager em, long id) {
        CampaignEntity c = em.find(CampaignEntity.class, id);
        if (c == null) {
            throw ProblemException.notFound("Campaign", String.valueOf(id));
        }
        return c;
    }

    static Targets targets(CampaignEntity c) {
        return new Targets(c.targetClosurePercent, c.targetMaxOverdueHigh, c.targetMedianDays);
    }

    private static KeyArea keyArea(KeyAreaEntity k, Locale locale) {
        return new KeyArea(k.code, k.name, k.nameEn, Labels.english(locale) ? k.nameEn : k.name, k.description, k.active,
                k.sortOrder);
    }

    private CampaignView view(EntityManager em, CampaignEntity c, Locale locale) {
        KeyAreaEntity k = c.keyAreaCode == null ? null : em.find(KeyAreaEntity.class, c.keyAreaCode);
        return new CampaignView(c.id, c.name, c.kind, Labels.of(locale, "kind", c.kind), c.keyAreaCode,
                k == null ? null : Labels.english(locale) ? k.nameEn : k.name, c.leadDepartment, lines(c.departments, "\n"),
                c.startDate, c.endDate, lines(c.areaCodes, ","), targets(c), c.description,
                CampaignEntity.HANDOFF.equals(c.purpose), c.createdBy, c.createdAt);
    }

    private static List<String> lines(String text, String separator) {
        return text == null || text.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(text.split(separator)));
    }

    private static Map<String, Object> snapshot(KeyAreaEntity k) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", k.name);
        s.put("nameEn", k.nameEn);
        s.put("description", k.description);
        s.put("active", k.active);
        s.put("sortOrder", k.sortOrder);
        return s;
    }

    private static Map<String, Object> snapshot(CampaignEntity c) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", c.name);
        s.put("kind", c.kind);
        s.put("keyAreaCode", c.keyAreaCode);
        s.put("leadDepartment", c.leadDepartment);
        s.put("startDate", c.startDate);
        s.put("endDate", c.endDate);
        s.put("targets", targets(c));
        return s;
    }
}
