package org.chrysalis.deliberation.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.deliberation.domain.DecisionRule;
import org.chrysalis.deliberation.domain.Matter;
import org.chrysalis.deliberation.domain.Outcome;
import org.chrysalis.deliberation.domain.TopicKind;
import org.chrysalis.deliberation.domain.TopicStatus;
import org.chrysalis.deliberation.persistence.CosignEntity;
import org.chrysalis.deliberation.persistence.MeetingEntity;
import org.chrysalis.deliberation.persistence.OptionEntity;
import org.chrysalis.deliberation.persistence.TallyEntity;
import org.chrysalis.deliberation.persistence.TopicEntity;
import org.chrysalis.deliberation.service.Views.VillagerInput;
import org.chrysalis.platform.api.area.Area;
import org.chrysalis.platform.api.area.AreaLevel;
import org.chrysalis.platform.api.area.AreaService;
import org.chrysalis.platform.api.persistence.JsonText;
import org.chrysalis.platform.api.security.Actor;
import org.chrysalis.platform.api.time.PlatformClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Villages of the demo district with their villagers, and a year of past topics with their
 * meetings and counted votes. The demo users {@code villager} and {@code villager2}..{@code villager5}
 * live in 石门沟村 (QC-1), {@code villager6} in 下川村 (QC-2). Loaded once when the register is empty,
 * unless {@code demo.enabled=false}. The villages are the grid demo's: created here when absent, so
 * this capability does not need grid.
 */
public class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final String ROOT = "LZXQ";
    private static final String[][] TOWNS = {
        {"QC", "秦川镇", "TOWN", "103.62", "36.44", "石门沟村", "下川村", "邱家庄村"},
        {"ZC", "中川镇", "TOWN", "103.72", "36.44", "上川村", "北川村", "马家坪村"},
        {"XC", "西岔镇", "TOWN", "103.62", "36.52", "石井村", "徐家湾村", "红岘村"},
        {"HH", "黄河街道", "STREET", "103.72", "36.52", "瑞岭社区", "彩虹城社区", "丝路社区"}};
    private static final String[][] PAST = {
        {"村道硬化工程", "CONSTRUCTION_PROJECT", "VILLAGE_TALK", "COMPLETED"},
        {"集体土地征收补偿方案", "LAND_REQUISITION", "PEOPLES_CONSULTATION", "IMPLEMENTING"},
        {"村集体经济收益分配", "COLLECTIVE_FINANCES", "PUBLIC_DELIBERATION", "COMPLETED"},
        {"妇女儿童之家建设", "PUBLIC_WELFARE", "WOMENS_DELIBERATION", "COMPLETED"},
        {"危旧房屋拆除", "DEMOLITION", "PEOPLES_CONSULTATION", "DECLINED"},
        {"文化广场路灯安装", "PUBLIC_WELFARE", "VILLAGE_TALK", "EXPIRED"},
        {"灌溉水渠维修", "CONSTRUCTION_PROJECT", "PUBLIC_DELIBERATION", "IN_NOTICE"},
        {"垃圾分类收集点设置", "OTHER", "VILLAGE_TALK", "COMPLETED"}};

    private final RegisterService register;
    private final AreaService areas;
    private final JpaTemplate jpa;
    private final PlatformClock clock;
    private final DeliberationSettings settings;

    public DemoData(RegisterService register, AreaService areas, JpaTemplate jpa, PlatformClock clock,
                    DeliberationSettings settings) {
        this.register = register;
        this.areas = areas;
        this.jpa = jpa;
        this.clock = clock;
        this.settings = settings;
    }

    public void loadIfEmpty() {
        if (!settings.demoData() || !register.isEmpty()) {
            return;
        }
        try {
            ensureVillages();
            // the 140 villagers in one transaction: a commit (a log flush) each took 2 s of a fresh boot
            jpa.tx(TransactionType.Required, em -> loadVillagers());
            loadPastTopics();
            LOG.info("Deliberation demo data loaded: villagers of 12 villages, {} past topics", PAST.length * 3);
        } catch (RuntimeException e) {
            LOG.warn("Deliberation demo data not loaded", e);
        }
    }

    /**
     * Grid's demo data creates the same villages; whichever capability starts first creates them.
     * (It used to wait up to 15 s for grid, which at boot often starts after this bundle on the same
     * thread: the wait ran out every time and held the whole boot.)
     */
    private void ensureVillages() {
        area(ROOT, "兰州新区", AreaLevel.NEW_AREA, null, box(103.62, 36.44, 103.82, 36.60));
        for (String[] town : TOWNS) {
            double lon = Double.parseDouble(town[3]);
            double lat = Double.parseDouble(town[4]);
            AreaLevel level = AreaLevel.valueOf(town[2]);
            area(town[0], town[1], level, ROOT, box(lon, lat, lon + 0.1, lat + 0.08));
            for (int v = 0; v < 3; v++) {
                double west = lon + v * 0.1 / 3;
                area(town[0] + "-" + (v + 1), town[5 + v], level == AreaLevel.STREET ? AreaLevel.COMMUNITY : AreaLevel.VILLAGE,
                        town[0], box(west, lat, west + 0.1 / 3, lat + 0.08));
            }
        }
    }

    private void area(String code, String name, AreaLevel level, String parent, Map<String, Object> boundary) {
        if (areas.find(code).isPresent()) {
            return;
        }
        try {
            areas.create(new Area(code, name, level, parent, boundary, null), Actor.SYSTEM);
        } catch (RuntimeException e) {
            // grid's demo data created it meanwhile: a conflict, or the database's unique key
            if (areas.find(code).isEmpty()) {
                throw e;
            }
        }
    }

    private void loadVillagers() {
        Actor system = Actor.SYSTEM;
        register.register("villager", new VillagerInput("QC-1", "演示村民"), system);
        for (int i = 2; i <= 5; i++) {
            register.register("villager" + i, new VillagerInput("QC-1", "村民" + i), system);
        }
        register.register("villager6", new VillagerInput("QC-2", "村民6"), system);
        // residents without a login, so that the other villages have an electorate for the statistics
        for (String[] town : TOWNS) {
            for (int v = 1; v <= 3; v++) {
                String village = town[0] + "-" + v;
                if (village.equals("QC-1")) {
                    continue;
                }
                for (int r = 1; r <= 12; r++) {
                    register.register(village.toLowerCase() + "-r" + r, new VillagerInput(village, null), system);
                }
            }
        }
    }

    /** Three villages' past year: each topic with its outcome, meeting and counted vote, as they ended. */
    private void loadPastTopics() {
        Instant now = clock.now();
        LocalDate today = now.atZone(PlatformClock.DISPLAY_ZONE).toLocalDate();
        String[] villages = {"ZC-1", "XC-2", "HH-1"};
        jpa.tx(TransactionType.Required, em -> {
            int n = 0;
            for (String village : villages) {
                for (String[] p : PAST) {
                    n++;
                    Instant created = today.minusDays(20L + n * 12L).atStartOfDay(PlatformClock.DISPLAY_ZONE).toInstant();
                    TopicStatus end = TopicStatus.valueOf(p[3]);
                    TopicEntity t = new TopicEntity();
                    t.villageCode = village;
                    t.title = p[0];
                    t.description = p[0] + "：村民提议，经议事协商后实施。";
                    t.kind = TopicKind.valueOf(p[2]);
                    t.matter = Matter.valueOf(p[1]);
                    t.status = end;
                    t.author = village.toLowerCase() + "-r1";
                    t.createdAt = created;
                    t.submittedAt = created;
                    t.collectUntil = created.plus(Duration.ofDays(30));
                    t.cosigners = end == TopicStatus.EXPIRED ? 4 : 10;
                    t.updatedAt = created.plus(Duration.ofDays(15));
                    if (end == TopicStatus.DECLINED) {
                        t.declineReason = "涉及规划调整，需报镇政府统筹";
                    }
                    em.persist(t);
                    em.flush();
                    for (int r = 2; r < 2 + t.cosigners; r++) {
                        CosignEntity c = new CosignEntity();
                        c.topicId = t.id;
                        c.userName = village.toLowerCase() + "-r" + r;
                        c.signedAt = created.plus(Duration.ofHours(r));
                        em.persist(c);
                    }
                    if (end.isDecided()) {
                        decided(em, t, created);
                    }
                }
            }
        });
    }

    private void decided(javax.persistence.EntityManager em, TopicEntity t, Instant created) {
        t.agendaAt = created.plus(Duration.ofDays(5));
        MeetingEntity m = new MeetingEntity();
        m.villageCode = t.villageCode;
        m.topicIds = String.valueOf(t.id);
        m.scheduledAt = created.plus(Duration.ofDays(8));
        m.place = "村委会议室";
        m.participants = JsonText.write(List.of(Map.of("name", "村民代表甲", "role", "REPRESENTATIVE"),
                Map.of("name", "村民代表乙", "role", "REPRESENTATIVE"), Map.of("name", "驻村干部", "role", "STAKEHOLDER")));
        m.representatives = 2;
        m.present = "村民代表甲\n村民代表乙\n驻村干部";
        m.presentRepresentatives = 2;
        m.quorate = true;
        m.status = MeetingService.CLOSED;
        m.minutes = "会议讨论了" + t.title + "，形成表决方案。";
        m.attendeeCount = 18;
        m.closedAt = m.scheduledAt.plus(Duration.ofHours(2));
        m.createdBy = "village-committee";
        em.persist(m);
        List<OptionEntity> options = new ArrayList<>();
        for (String label : List.of("同意", "不同意")) {
            OptionEntity o = new OptionEntity();
            o.topicId = t.id;
            o.sortOrder = options.size();
            o.label = label;
            em.persist(o);
            options.add(o);
        }
        em.flush();
        t.round = 1;
        t.voteOpensAt = created.plus(Duration.ofDays(9));
        t.voteClosesAt = created.plus(Duration.ofDays(12));
        t.rule = settings.policy().ruleFor(t.matter);
        t.eligible = 12L;
        t.votesCast = 9L;
        long yes = t.rule == DecisionRule.TWO_THIRDS ? 7 : 6;
        long[] votes = {yes, 9 - yes};
        for (int i = 0; i < 2; i++) {
            TallyEntity tally = new TallyEntity();
            tally.topicId = t.id;
            tally.round = 1;
            tally.optionId = options.get(i).id;
            tally.votes = votes[i];
            em.persist(tally);
        }
        t.outcome = Outcome.ADOPTED;
        t.winningOptionId = options.get(0).id;
        t.decidedAt = t.voteClosesAt;
        t.publishedAt = t.voteClosesAt;
        t.noticeEndsAt = t.publishedAt.plus(Duration.ofDays(7));
        t.progressPercent = t.status == TopicStatus.COMPLETED ? 100 : t.status == TopicStatus.IMPLEMENTING ? 60 : 0;
        t.completedAt = t.status == TopicStatus.COMPLETED ? t.noticeEndsAt.plus(Duration.ofDays(5)) : null;
    }

    static Map<String, Object> box(double west, double south, double east, double north) {
        List<List<Double>> ring = new ArrayList<>();
        ring.add(List.of(west, south));
        ring.add(List.of(east, south));
        ring.add(List.of(east, north));
        ring.add(List.of(west, north));
        ring.add(List.of(west, south));
        return Map.of("type", "Polygon", "coordinates", List.of(ring));
    }
}
