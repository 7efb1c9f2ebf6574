package org.chrysalis.platform.core.area;

import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.platform.api.area.Area;
import org.chrysalis.platform.api.area.AreaLevel;
import org.chrysalis.platform.api.area.AreaService;
import org.chrysalis.platform.api.area.GeoPoint;
import org.chrysalis.platform.api.audit.AuditEvent;
import org.chrysalis.platform.api.audit.AuditService;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.security.Actor;
import org.chrysalis.platform.api.time.PlatformClock;
import org.chrysalis.platform.api.persistence.Conditions;
import org.chrysalis.platform.api.persistence.JsonText;

/** The area tree in PLT_AREA; every write is audited in the same transaction. */
public class JpaAreaService implements AreaService {

    static final String CAPABILITY = "platform";
    static final String ENTITY = "area";

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final PlatformClock clock;

    public JpaAreaService(JpaTemplate jpa, AuditService audit, PlatformClock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<Area> find(String code) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(AreaEntity.class, code)).map(JpaAreaService::toArea));
    }

    @Override
    public Page<Area> list(AreaLevel level, String parentCode, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Conditions conditions = new Conditions()
                    .and("a.level = :level", "level", level)
                    .and("a.parentCode = :parent", "parent", parentCode);
            TypedQuery<AreaEntity> query = conditions.bind(em.createQuery(
                    "select a from AreaEntity a" + conditions.where() + " order by a.code", AreaEntity.class));
            TypedQuery<Long> count = conditions.bind(
                    em.createQuery("select count(a) from AreaEntity a" + conditions.where(), Long.class));
            List<Area> items = query.setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList().stream().map(JpaAreaService::toArea).toList();
            return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
        });
    }

    @Override
    public List<Area> children(String code) {
        return list(null, code, PageRequest.first(PageRequest.MAX_LIMIT)).items();
    }

    @Override
    public boolean isWithin(String code, String ancestorCode) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            AreaEntity area = em.find(AreaEntity.class, code);
            while (area != null) {
                if (area.code.equals(ancestorCode)) {
                    return true;
                }
                area = area.parentCode == null ? null : em.find(AreaEntity.class, area.parentCode);
            }
            return false;
        });
    }

    @Override
    public Area create(Area area, Actor actor) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Optional<Area> parent = area.parentCode() == null ? Optional.empty()
                    : Optional.ofNullable(em.find(AreaEntity.class, area.parentCode())).map(JpaAreaService::toArea);
            Area valid = AreaRules.validateNew(area, parent);
            if (em.find(AreaEntity.class, valid.code()) != null) {
                throw ProblemException.conflict("An area with code '" + valid.code() + "' already exists.");
            }
            AreaEntity entity = new AreaEntity();
            entity.code = valid.code();
            entity.level = valid.level();
            entity.parentCode = valid.parentCode();
            entity.createdAt = clock.now();
            apply(valid, entity);
            em.persist(entity);
            audit.record(new AuditEvent(actor.name(), CAPABILITY, ENTITY, valid.code(), "create", null, valid));
            return valid;
        });
    }

    @Override
    public Area update(String code, Area changes, Actor actor) {
        return jpa.txExpr(TransactionType.Required, em -> {
            AreaEntity entity = existing(em, code);
            Area before = toArea(entity);
            Area after = AreaRules.validateChanges(before, changes);
            apply(after, entity);
            audit.record(new AuditEvent(actor.name(), CAPABILITY, ENTITY, code, "update", before, after));
            return after;
        });
    }

    @Override
    public void delete(String code, Actor actor) {
        jpa.tx(TransactionType.Required, em -> {
            AreaEntity entity = existing(em, code);
            long children = em.createQuery("select count(a) from AreaEntity a where a.parentCode = :code", Long.class)
                    .setParameter("code", code).getSingleResult();
            if (children > 0) {
                throw ProblemException.conflict("Area '" + code + "' still contains " + children + " areas.");
            }
            Area before = toArea(entity);
            em.remove(entity);
            audit.record(new AuditEvent(actor.name(), CAPABILITY, ENTITY, code, "delete", before, null));
        });
    }

    private static AreaEntity existing(EntityManager em, String code) {
        AreaEntity entity = em.find(AreaEntity.class, code);
        if (entity == null) {
            throw ProblemException.notFound("Area", code);
        }
        return entity;
    }

    private void apply(Area area, AreaEntity entity) {
        entity.name = area.name();
        entity.boundary = JsonText.write(area.boundary());
        entity.centroidLon = area.centroid() == null ? null : area.centroid().longitude();
        entity.centroidLat = area.centroid() == null ? null : area.centroid().latitude();
        entity.updatedAt = clock.now();
    }

    static Area toArea(AreaEntity e) {
        GeoPoint centroid = e.centroidLon == null ? null : new GeoPoint(e.centroidLon, e.centroidLat);
        return new Area(e.code, e.name, e.level, e.parentCode, JsonText.readMap(e.boundary), centroid);
    }
}
