package org.chrysalis.mediation.service;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.chrysalis.mediation.domain.DisputeCategory;
import org.chrysalis.mediation.service.Views.Mediator;
import org.chrysalis.mediation.service.Views.Organisation;
import org.chrysalis.platform.api.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seed's mediation centre: 14 invited organisations and 48 mediators on a weekly rota. The
 * demo user {@code mediator} is first in the rotation, handles every category and is on duty
 * every day. Loaded once when the roster is empty, unless {@code demo.enabled=false}.
 */
public class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final String[][] ORGANISATIONS = {
        {"XQ-XX", "兰州新区消费者协会", "CONSUMER_ASSOCIATION"},
        {"XQ-SJ", "新区市场监管局消费纠纷调解委员会", "PEOPLES_MEDIATION_COMMITTEE"},
        {"XQ-RM", "新区人民调解委员会", "PEOPLES_MEDIATION_COMMITTEE"},
        {"QC-RM", "秦川镇人民调解委员会", "PEOPLES_MEDIATION_COMMITTEE"},
        {"ZC-RM", "中川镇人民调解委员会", "PEOPLES_MEDIATION_COMMITTEE"},
        {"LY-XH", "新区旅游协会", "INDUSTRY_BODY"},
        {"CY-XH", "新区餐饮行业协会", "INDUSTRY_BODY"},
        {"ZX-XH", "新区装饰装修行业协会", "INDUSTRY_BODY"},
        {"DS-XH", "新区电子商务协会", "INDUSTRY_BODY"},
        {"QC-XH", "新区汽车流通协会", "INDUSTRY_BODY"},
        {"HZ-LS", "恒正律师事务所", "LAW_FIRM"},
        {"DY-LS", "大禹律师事务所", "LAW_FIRM"},
        {"XB-LS", "西北明德律师事务所", "LAW_FIRM"},
        {"FL-ZX", "新区公共法律服务中心", "OTHER"}};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};

    private final RosterService roster;
    private final MediationSettings settings;

    public DemoData(RosterService roster, MediationSettings settings) {
        this.roster = roster;
        this.settings = settings;
    }

    public void loadIfEmpty() {
        if (!settings.demoData() || !roster.isEmpty()) {
            return;
        }
        try {
            load();
        } catch (RuntimeException e) {
            LOG.warn("Mediation demo data not loaded: {}", e.getMessage());
        }
    }

    private void load() {
        Actor system = Actor.SYSTEM;
        for (String[] o : ORGANISATIONS) {
            roster.createOrganisation(new Organisation(o[0], o[1], o[2], null), system);
        }
        DisputeCategory[] categories = DisputeCategory.values();
        roster.saveMediator("mediator", new Mediator("mediator", "演示调解员", "XQ-XX", EnumSet.allOf(DisputeCategory.class),
                "zh,en", true, 20, Set.of(), 1, Set.of(1, 2, 3, 4, 5, 6, 7)), system);
        for (int i = 2; i <= 48; i++) {
            Set<DisputeCategory> specialties = new LinkedHashSet<>(List.of(categories[i % categories.length],
                    categories[(i + 3) % categories.length], DisputeCategory.OTHER));
            Set<Integer> duty = i % 2 == 0 ? Set.of(1, 3, 5, 7) : Set.of(2, 4, 6, 7);
            roster.saveMediator(String.format("m%02d", i), new Mediator(String.format("m%02d", i),
                    SURNAMES[i % SURNAMES.length] + "调解员" + i, ORGANISATIONS[i % ORGANISATIONS.length][0], specialties,
                    "zh", true, 8, Set.of(), i, duty), system);
        }
        LOG.info("Mediation demo data loaded: 14 organisations, 48 mediators");
    }
}
