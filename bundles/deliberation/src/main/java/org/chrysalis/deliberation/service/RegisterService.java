package org.chrysalis.deliberation.service;

import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.deliberation.domain.VillageRules;
import org.chrysalis.deliberation.persistence.VillageEntity;
import org.chrysalis.deliberation.persistence.VillagerEntity;
import org.chrysalis.deliberation.service.Views.Village;
import org.chrysalis.deliberation.service.Views.Villager;
import org.chrysalis.deliberation.service.Views.VillagerInput;
import org.chrysalis.platform.api.area.Area;
import org.chrysalis.platform.api.area.AreaLevel;
import org.chrysalis.platform.api.area.AreaService;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.persistence.Conditions;
import org.chrysalis.platform.api.problem.FieldErrors;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.security.Actor;
import org.chrysalis.platform.api.time.PlatformClock;

/**
 * The villager register (who may co-sign, vote and object in which village) and each village's
 * rules. Villages are the platform's areas of level VILLAGE or COMMUNITY.
 */
public class RegisterService {

    private static final Set<AreaLevel> VILLAGE_LEVELS = Set.of(AreaLevel.VILLAGE, AreaLevel.COMMUNITY);
    private static final String USER_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.@-]{0,99}";

    private final JpaTemplate jpa;
    private final AreaService areas;
    private final Journal journal;
    private final PlatformClock clock;
    private final DeliberationSettings settings;

    public RegisterService(JpaTemplate jpa, AreaService areas, Journal journal, PlatformClock clock,
                           DeliberationSettings settings) {
        this.jpa = jpa;
        this.areas = areas;
        this.journal = journal;
        this.clock = clock;
        this.settings = settings;
    }

    // ---- villages

    public List<Village> villages() {
        return jpa.txExpr(TransactionType.Supports, em -> {
            var result = new java.util.ArrayList<Village>();
            for (AreaLevel level : List.of(AreaLevel.VILLAGE, AreaLevel.COMMUNITY)) {
                for (Area a : areas.list(level, null, PageRequest.first(PageRequest.MAX_LIMIT)).items()) {
                    result.add(village(em, a));
                }
            }
            result.sort(java.util.Comparator.comparing(Village::code));
            return result;
        });
    }

    public Village village(String code) {
        Area area = requireVillage(code);
        return jpa.txExpr(TransactionType.Supports, em -> village(em, area));
    }

    private Village village(EntityManager em, Area a) {
        return new Village(a.code(), a.name(), a.level().name(), a.parentCode(), rules(em, a.code()), villagerCount(em, a.code()));
    }

    /** A village of the area tree; 404 for an unknown code, 400 for an area that is not a village. */
    public Area requireVillage(String code) {
        Area area = areas.find(code).orElseThrow(() -> ProblemException.notFound("Village", code));
        if (!VILLAGE_LEVELS.contains(area.level())) {
            throw ProblemException.invalid("villageCode", "must be a village or community, " + code + " is a " + area.level());
        }
        return area;
    }

    /** The village's own rules merged over the configured defaults. */
    public VillageRules rules(EntityManager em, String villageCode) {
        VillageEntity v = em.find(VillageEntity.class, villageCode);
        if (v == null) {
            return settings.policy().defaults();
        }
        return new VillageRules(v.cosignThreshold, v.collectionDays, v.meetingQuorumPercent, v.voteQuorumPercent,
                v.noticeDays);
    }

    public Village updateRules(String code, VillageRules changes, Actor actor) {
        Area area = requireVillage(code);
        if (changes == null) {
            throw ProblemException.badRequest("The request has no body.");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            VillageRules before = rules(em, code);
            VillageRules after = before.merge(changes);
            after.validate();
            VillageEntity v = em.find(VillageEntity.class, code);
            if (v == null) {
                v = new VillageEntity();
                v.villageCode = code;
                em.persist(v);
            }
            v.cosignThreshold = after.cosignThreshold();
            v.collectionDays = after.collectionDays();
            v.meetingQuorumPercent = after.meetingQuorumPercent();
            v.voteQuorumPercent = after.voteQuorumPercent();
            v.noticeDays = after.noticeDays();
            journal.audit(actor.name(), "village", code, "rules", before, after);
            return village(em, area);
        });
    }

    // ---- villagers

    public Page<Villager> villagers(String villageCode, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Conditions c = new Conditions().and("v.villageCode = :village", "village", villageCode);
            var items = c.bind(em.createQuery("select v from VillagerEntity v" + c.where() + " order by v.userName",
                    VillagerEntity.class)).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .stream().map(RegisterService::view).toList();
            long total = c.bind(em.createQuery("select count(v) from VillagerEntity v" + c.where(), Long.class))
                    .getSingleResult();
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    public Villager villager(String userName) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            VillagerEntity v = em.find(VillagerEntity.class, userName);
            if (v == null) {
                throw ProblemException.notFound("Villager", userName);
            }
            return view(v);
        });
    }

    /** Registers a user in a village, or moves them to another; answers the registration. */
    public Villager register(String userName, VillagerInput input, Actor actor) {
        if (input == null) {
            throw ProblemException.badRequest("The request has no body.");
        }
        new FieldErrors().matches("userName", userName, USER_PATTERN, "must be 1-100 letters, digits, '.', '_', '@' or '-'")
                .required("villageCode", input.villageCode()).maxLength("name", input.name(), 100).throwIfAny();
        requireVillage(input.villageCode());
        return jpa.txExpr(TransactionType.Required, em -> {
            VillagerEntity v = em.find(VillagerEntity.class, userName);
            Villager before = v == null ? null : view(v);
            if (v == null) {
                v = new VillagerEntity();
                v.userName = userName;
                v.registeredAt = clock.now();
                em.persist(v);
            }
            v.villageCode = input.villageCode();
            v.displayName = input.name();
            Villager after = view(v);
            journal.audit(actor.name(), "villager", userName, before == null ? "register" : "update", before, after);
            return after;
        });
    }

    public void unregister(String userName, Actor actor) {
        jpa.tx(TransactionType.Required, em -> {
            VillagerEntity v = em.find(VillagerEntity.class, userName);
            if (v == null) {
                throw ProblemException.notFound("Villager", userName);
            }
            journal.audit(actor.name(), "villager", userName, "unregister", view(v), null);
            em.remove(v);
        });
    }

    /** The user's village, or null when the user is not registered. */
    public String villageOf(EntityManager em, String userName) {
        VillagerEntity v = em.find(VillagerEntity.class, userName);
        return v == null ? null : v.villageCode;
    }

    public long villagerCount(EntityManager em, String villageCode) {
        return em.createQuery("select count(v) from VillagerEntity v where v.villageCode = :village", Long.class)
                .setParameter("village", villageCode).getSingleResult();
    }

    public boolean isEmpty() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select count(v) from VillagerEntity v", Long.class)
                .getSingleResult() == 0);
    }

    private static Villager view(VillagerEntity v) {
        return new Villager(v.userName, v.villageCode, v.displayName, v.registeredAt);
    }
}
