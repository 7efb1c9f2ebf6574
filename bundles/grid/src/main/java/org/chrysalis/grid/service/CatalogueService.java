package org.chrysalis.grid.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.grid.domain.CategoryDeadlines;
import org.chrysalis.grid.domain.GeoJsonShapes;
import org.chrysalis.grid.domain.GridShape;
import org.chrysalis.grid.persistence.CategoryEntity;
import org.chrysalis.grid.persistence.DepartmentEntity;
import org.chrysalis.grid.persistence.GridEntity;
import org.chrysalis.grid.persistence.GridWorkerEntity;
import org.chrysalis.grid.service.Views.CategoryInput;
import org.chrysalis.grid.service.Views.CategoryView;
import org.chrysalis.grid.service.Views.Department;
import org.chrysalis.grid.service.Views.GridInput;
import org.chrysalis.grid.service.Views.GridView;
import org.chrysalis.platform.api.area.Area;
import org.chrysalis.platform.api.area.AreaLevel;
import org.chrysalis.platform.api.area.AreaService;
import org.chrysalis.platform.api.area.GeoPoint;
import org.chrysalis.platform.api.audit.AuditEvent;
import org.chrysalis.platform.api.audit.AuditService;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.persistence.JsonText;
import org.chrysalis.platform.api.problem.FieldErrors;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.security.Actor;
import org.chrysalis.platform.api.time.PlatformClock;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/** Grids with their workers, departments and categories. Every write is audited. */
public class CatalogueService {

    static final String CAPABILITY = "grid";
    static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}";
    private static final Set<String> HANDOFF_TARGETS = Set.of("mediation", "campaigns");

    private final JpaTemplate jpa;
    private final AreaService areas;
    private final AuditService audit;
    private final PlatformClock clock;
    private final GridSettings settings;
    private volatile List<GridShape> shapes;
    private volatile Map<String, CategoryEntity> categories;
    /** Counts category writes, so a reader that loaded before one does not cache what it read. */
    private final AtomicLong categoryWrites = new AtomicLong();

    public CatalogueService(JpaTemplate jpa, AreaService areas, AuditService audit, PlatformClock clock,
                            GridSettings settings) {
        this.jpa = jpa;
        this.areas = areas;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    // ---- grids

    public Page<GridView> grids(String areaCode, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            String where = areaCode == null ? "" : " where g.areaCode = :area";
            var query = em.createQuery("select g from GridEntity g" + where + " order by g.code", GridEntity.class);
            var count = em.createQuery("select count(g) from GridEntity g" + where, Long.class);
            if (areaCode != null) {
                query.setParameter("area", areaCode);
                count.setParameter("area", areaCode);
            }
            List<GridView> items = query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .stream().map(g -> view(em, g)).toList();
            return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
        });
    }

    public GridView grid(String code) {
        return jpa.txExpr(TransactionType.Supports, em -> view(em, existingGrid(em, code)));
    }

    public GridView createGrid(GridInput input, Actor actor) {
        FieldErrors errors = new FieldErrors()
                .required("code", input.code())
                .matches("code", input.code(), CODE_PATTERN, "must be 1-64 letters, digits, '.', '_' or '-'");
        Geometry boundary = checkGrid(input, errors);
        errors.throwIfAny();
        GridView created = jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(GridEntity.class, input.code()) != null) {
                throw ProblemException.conflict("A grid with code '" + input.code() + "' already exists.");
            }
            GridEntity grid = new GridEntity();
            grid.code = input.code();
            grid.createdAt = clock.now();
            apply(em, grid, input, boundary);
            em.persist(grid);
            em.flush();
            GridView view = view(em, grid);
            audit.record(new AuditEvent(actor.name(), CAPABILITY, "grid", grid.code, "create", null, view));
            return view;
        });
        shapes = null;
        return created;
    }

    public GridView updateGrid(String code, GridInput input, Actor actor) {
        FieldErrors errors = new FieldErrors()
                .check(input.code() == null || input.code().equals(code), "code", "cannot change");
        Geometry boundary = checkGrid(input, errors);
        errors.throwIfAny();
        GridView updated = jpa.txExpr(TransactionType.Required, em -> {
            GridEntity grid = existingGrid(em, code);
            GridView before = view(em, grid);
            apply(em, grid, input, boundary);
            em.flush();
            GridView after = view(em, grid);
            audit.record(new AuditEvent(actor.name(), CAPABILITY, "grid", code, "update", before, after));
            return after;
        });
        shapes = null;
        return updated;
    }

    private Geometry checkGrid(GridInput input, FieldErrors errors) {
        errors.required("name", input.name()).maxLength("name", input.name(), 200)
                .required("areaCode", input.areaCode());
        if (input.areaCode() != null) {
            Optional<Area> area = areas.find(input.areaCode());
            if (area.isEmpty()) {
                errors.add("areaCode", "no area has this code");
            } else if (area.get().level() != AreaLevel.VILLAGE && area.get().level() != AreaLevel.COMMUNITY) {
                errors.add("areaCode", "a grid belongs to a village or community, not a " + area.get().level());
            }
        }
        List<String> workers = input.workers() == null ? List.of() : input.workers();
        for (int i = 0; i < workers.size(); i++) {
            errors.required("workers[" + i + "]", workers.get(i)).maxLength("workers[" + i + "]", workers.get(i), 100);
        }
        errors.maxLength("leadWorker", input.leadWorker(), 100);
        if (input.boundary() == null) {
            return null;
        }
        try {
            return GeoJsonShapes.toGeometry(input.boundary());
        } catch (IllegalArgumentException e) {
            errors.add("boundary", "must be a GeoJSON Polygon or MultiPolygon: " + e.getMessage());
            return null;
        }
    }

    private void apply(EntityManager em, GridEntity grid, GridInput input, Geometry boundary) {
        grid.name = input.name();
        grid.areaCode = input.areaCode();
        grid.boundary = JsonText.write(input.boundary());
        GeoPoint centroid = input.centroid();
        if (centroid == null && boundary != null) {
            Point c = boundary.getCentroid();
            centroid = new GeoPoint(c.getX(), c.getY());
        }
        grid.centroidLon = centroid == null ? null : centroid.longitude();
        grid.centroidLat = centroid == null ? null : centroid.latitude();
        Set<String> workers = new LinkedHashSet<>(input.workers() == null ? List.of() : input.workers());
        if (input.leadWorker() != null) {
            workers.add(input.leadWorker());
        }
        grid.leadWorker = input.leadWorker() != null ? input.leadWorker() : workers.stream().findFirst().orElse(null);
        grid.updatedAt = clock.now();
        em.createQuery("delete from GridWorkerEntity w where w.gridCode = :grid")
                .setParameter("grid", grid.code).executeUpdate();
        for (String worker : workers) {
            GridWorkerEntity assignment = new GridWorkerEntity();
            assignment.gridCode = grid.code;
            assignment.worker = worker;
            em.persist(assignment);
        }
    }

    private static GridEntity existingGrid(EntityManager em, String code) {
        GridEntity grid = em.find(GridEntity.class, code);
        if (grid == null) {
            throw ProblemException.notFound("Grid", code);
        }
        return grid;
    }

    private static GridView view(EntityManager em, GridEntity g) {
        List<String> workers = em.createQuery(
                "select w.worker from GridWorkerEntity w where w.gridCode = :grid order by w.worker", String.class)
                .setParameter("grid", g.code).getResultList();
        GeoPoint centroid = g.centroidLon == null ? null : new GeoPoint(g.centroidLon, g.centroidLat);
        return new GridView(g.code, g.name, g.areaCode, JsonText.readMap(g.boundary), centroid, g.leadWorker, workers);
    }

    /** The grids whose workers include this user. */
    public List<String> gridsOf(String worker) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select w.gridCode from GridWorkerEntity w where w.worker = :worker order by w.gridCode", String.class)
                .setParameter("worker", worker).getResultList());
    }

    /** Grid outlines for placing incidents; cached until a grid changes. */
    public List<GridShape> shapes() {
        List<GridShape> cached = shapes;
        if (cached == null) {
            cached = jpa.txExpr(TransactionType.Supports, em -> {
                List<GridShape> list = new ArrayList<>();
                for (GridEntity g : em.createQuery("select g from GridEntity g", GridEntity.class).getResultList()) {
                    Geometry boundary = g.boundary == null ? null : GeoJsonShapes.toGeometry(JsonText.readMap(g.boundary));
                    GeoPoint centroid = g.centroidLon == null ? null : new GeoPoint(g.centroidLon, g.centroidLat);
                    list.add(new GridShape(g.code, boundary, centroid));
                }
                return List.copyOf(list);
            });
            shapes = cached;
        }
        return cached;
    }

    // ---- departments

    public List<Department> departments() {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select d from DepartmentEntity d order by d.code", DepartmentEntity.class)
                .getResultList().stream().map(d -> new Department(d.code, d.name, d.contact)).toList());
    }

    public Optional<Department> department(String code) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(DepartmentEntity.class, code))
                .map(d -> new Department(d.code, d.name, d.contact)));
    }

    public Department createDepartment(Department input, Actor actor) {
        new FieldErrors().required("code", input.code())
                .matches("code", input.code(), CODE_PATTERN, "must be 1-64 letters, digits, '.', '_' or '-'")
                .required("name", input.name()).maxLength("name", input.name(), 200)
                .maxLength("contact", input.contact(), 200).throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(DepartmentEntity.class, input.code()) != null) {
                throw ProblemException.conflict("A department with code '" + input.code() + "' already exists.");
            }
            DepartmentEntity d = new DepartmentEntity();
            d.code = input.code();
            d.name = input.name();
            d.contact = input.contact();
            em.persist(d);
            audit.record(new AuditEvent(actor.name(), CAPABILITY, "department", d.code, "create", null, input));
            return input;
        });
    }

    // ---- categories

    public List<CategoryView> categories(Locale locale) {
        return activeCategories().values().stream().map(c -> view(c, locale)).toList();
    }

    public Optional<CategoryView> category(String code, Locale locale) {
        return Optional.ofNullable(code == null ? null : activeCategories().get(code)).map(c -> view(c, locale));
    }

    /**
     * The active categories by code, in code order; cached until a category is created. Every
     * incident view names its category, so a list page used to open 20 EntityManagers for them.
     */
    private Map<String, CategoryEntity> activeCategories() {
        Map<String, CategoryEntity> cached = categories;
        if (cached == null) {
            long writes = categoryWrites.get();
            cached = jpa.txExpr(TransactionType.Supports, em -> {
                Map<String, CategoryEntity> byCode = new LinkedHashMap<>();
                // a parameter, not the literal TRUE: EclipseLink writes that as 1, which Derby refuses
                em.createQuery("select c from CategoryEntity c where c.active = :active order by c.code", CategoryEntity.class)
                        .setParameter("active", true).getResultList().forEach(c -> byCode.put(c.code, copy(c)));
                return Collections.unmodifiableMap(byCode);
            });
            if (categoryWrites.get() == writes) {
                categories = cached;
            }
        }
        return cached;
    }

    /** Detached from the persistence context, so the cached value is never a managed (or shared) instance. */
    private static CategoryEntity copy(CategoryEntity c) {
        CategoryEntity copy = new CategoryEntity();
        copy.code = c.code;
        copy.nameZh = c.nameZh;
        copy.nameEn = c.nameEn;
        copy.description = c.description;
        copy.handoff = c.handoff;
        copy.active = c.active;
        return copy;
    }

    public CategoryView createCategory(CategoryInput input, Actor actor, Locale locale) {
        new FieldErrors().required("code", input.code())
                .matches("code", input.code(), CODE_PATTERN, "must be 1-64 letters, digits, '.', '_' or '-'")
                .required("nameZh", input.nameZh()).maxLength("nameZh", input.nameZh(), 200)
                .required("nameEn", input.nameEn()).maxLength("nameEn", input.nameEn(), 200)
                .maxLength("description", input.description(), 1000)
                .check(input.handoff() == null || HANDOFF_TARGETS.contains(input.handoff()), "handoff",
                        "must be one of " + HANDOFF_TARGETS)
                .throwIfAny();
        CategoryView created = jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(CategoryEntity.class, input.code()) != null) {
                throw ProblemException.conflict("A category with code '" + input.code() + "' already exists.");
            }
            CategoryEntity c = new CategoryEntity();
            c.code = input.code();
            c.nameZh = input.nameZh();
            c.nameEn = input.nameEn();
            c.description = input.description();
            c.handoff = input.handoff();
            em.persist(c);
            audit.record(new AuditEvent(actor.name(), CAPABILITY, "category", c.code, "create", null, input));
            return view(c, locale);
        });
        categoryWrites.incrementAndGet();
        categories = null;
        return created;
    }

    private CategoryView view(CategoryEntity c, Locale locale) {
        CategoryDeadlines deadlines = settings.get().deadlines().forCategory(c.code);
        String name = "en".equals(locale.getLanguage()) ? c.nameEn : c.nameZh;
        return new CategoryView(c.code, name, c.nameZh, c.nameEn, c.description, c.handoff,
                deadlines.response(), deadlines.resolution());
    }

    /** Whether the catalogue is empty, so demo data may be loaded. */
    public boolean isEmpty() {
        return jpa.txExpr(TransactionType.Supports, em ->
                em.createQuery("select count(c) from CategoryEntity c", Long.class).getSingleResult() == 0);
    }
}
