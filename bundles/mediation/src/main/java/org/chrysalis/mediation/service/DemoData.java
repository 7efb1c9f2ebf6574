package org.chrysalis.mediation.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.chrysalis.mediation.domain.ActionRequest;
import org.chrysalis.mediation.domain.AgreementTerms;
import org.chrysalis.mediation.domain.DeclineReason;
import org.chrysalis.mediation.domain.DisputeAction;
import org.chrysalis.mediation.domain.DisputeCategory;
import org.chrysalis.mediation.domain.DisputeFiling;
import org.chrysalis.mediation.domain.DisputeStatus;
import org.chrysalis.mediation.domain.Evidence;
import org.chrysalis.mediation.domain.Session;
import org.chrysalis.mediation.domain.SessionMode;
import org.chrysalis.mediation.service.Views.Mediator;
import org.chrysalis.mediation.service.Views.Organisation;
import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seed's mediation centre: 14 invited organisations and 48 mediators on a weekly rota, and a
 * dozen consumer disputes at every stage (filed, declined, in mediation, agreed, fulfilled, referred
 * to court, withdrawn), so the overview's mediation figures are not empty on a fresh start. The
 * demo user {@code mediator} is first in the rotation, handles every category and is on duty
 * every day. Loaded once when the roster is empty, unless {@code demo.enabled=false}; the cases go
 * through the case service like any filing, so they have history and audit entries.
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
    private final CaseService cases;
    private final MediationSettings settings;

    public DemoData(RosterService roster, CaseService cases, MediationSettings settings) {
        this.roster = roster;
        this.cases = cases;
        this.settings = settings;
    }

    public void loadIfEmpty() {
        if (!settings.demoData() || !roster.isEmpty()) {
            return;
        }
        try {
            load();
        } catch (RuntimeException e) {
            LOG.warn("Mediation demo data not loaded", e);
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
        int filed = cases();
        LOG.info("Mediation demo data loaded: 14 organisations, 48 mediators, {} cases", filed);
    }

    /** Where a demo dispute ends: the actions taken after filing, in order. */
    private record Dispute(String consumer, String merchant, DisputeCategory category, long claimFen, String facts,
                           List<ActionRequest> steps) {
    }

    private int cases() {
        Instant nextWeek = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        LocalDate inTwoWeeks = LocalDate.now().plusDays(14);
        List<Dispute> disputes = List.of(
                new Dispute("张女士", "新区家电城", DisputeCategory.GOODS_QUALITY, 329_900,
                        "购买的冰箱三天后无法制冷，商家拒绝退换", List.of()),
                new Dispute("马先生", "丝路电商旗舰店", DisputeCategory.E_COMMERCE, 45_800,
                        "网购羽绒服与描述不符，商家拒绝七天无理由退货", List.of()),
                new Dispute("何女士", "秦川美容院", DisputeCategory.PREPAID_CARDS, 300_000,
                        "预付卡未用完美容院停业", List.of(decline(DeclineReason.ALREADY_BEFORE_COURT_OR_MEDIATOR))),
                new Dispute("李先生", "中川汽车维修中心", DisputeCategory.SERVICES, 128_000,
                        "维修后同一故障再次出现，要求退还维修费", List.of(step(DisputeAction.ACCEPT))),
                new Dispute("赵女士", "彩虹城健身会所", DisputeCategory.PREPAID_CARDS, 268_800,
                        "健身会所搬迁后拒绝退还剩余课时费", List.of(step(DisputeAction.ACCEPT))),
                new Dispute("孙先生", "瑞岭装饰工程有限公司", DisputeCategory.HOUSING_DECORATION, 1_560_000,
                        "装修工期拖延两个月，墙面开裂", List.of(step(DisputeAction.ACCEPT), step(DisputeAction.START),
                                session(nextWeek, "新区消费纠纷诉前调解中心"))),
                new Dispute("王女士", "黄河国际旅行社", DisputeCategory.TRAVEL, 860_000,
                        "旅行团擅自变更行程并减少景点", List.of(step(DisputeAction.ACCEPT), step(DisputeAction.START))),
                new Dispute("陈先生", "新区通讯营业厅", DisputeCategory.SERVICES, 59_900,
                        "套餐被擅自变更，多扣费用", List.of(step(DisputeAction.ACCEPT), step(DisputeAction.START),
                                agree("退还多扣话费并恢复原套餐", 59_900L, inTwoWeeks))),
                new Dispute("刘女士", "西岔生鲜超市", DisputeCategory.FOOD, 12_800,
                        "购买的熟食已过保质期", List.of(step(DisputeAction.ACCEPT), step(DisputeAction.START),
                                agree("退货退款并按价款十倍赔偿", 12_800L, inTwoWeeks), step(DisputeAction.FULFIL))),
                new Dispute("杨先生", "新区数码广场", DisputeCategory.GOODS_QUALITY, 699_900,
                        "新买的笔记本电脑屏幕出现坏点", List.of(step(DisputeAction.ACCEPT), step(DisputeAction.START),
                                agree("更换同型号新机", 699_900L, inTwoWeeks), step(DisputeAction.FULFIL))),
                new Dispute("周女士", "兰州新区某驾校", DisputeCategory.SERVICES, 480_000,
                        "驾校未按合同安排练车，要求退还学费", List.of(step(DisputeAction.ACCEPT), step(DisputeAction.START),
                                step(DisputeAction.FAIL), refer("(2026)甘0191民初100号"))),
                new Dispute("吴先生", "中川家具城", DisputeCategory.GOODS_QUALITY, 238_000,
                        "沙发送货延迟，已与商家自行和解", List.of(step(DisputeAction.WITHDRAW))));
        int filed = 0;
        for (Dispute d : disputes) {
            long id = cases.file(new DisputeFiling(d.consumer(), null, d.merchant(), null, null, d.category(),
                    d.claimFen(), d.facts(), List.of(new Evidence("购物凭证", null))), Actor.SYSTEM, null, null, Locales.DEFAULT).id();
            filed++;
            for (ActionRequest step : d.steps()) {
                DisputeStatus now = cases.act(id, step, Actor.SYSTEM, Locales.DEFAULT).status();
                if (now == DisputeStatus.ACCEPTED) {
                    // nobody eligible on duty today: the case waits for the rotation like a real one
                    break;
                }
            }
        }
        return filed;
    }

    private static ActionRequest step(DisputeAction action) {
        return new ActionRequest(action, null, null, null, null, null, null, null, null, null);
    }

    private static ActionRequest decline(DeclineReason reason) {
        return new ActionRequest(DisputeAction.DECLINE, null, reason, null, null, null, null, null, null, null);
    }

    private static ActionRequest session(Instant at, String place) {
        return new ActionRequest(DisputeAction.SCHEDULE_SESSION, null, null, null, null, null, null, null,
                new Session(at, SessionMode.IN_PERSON, place, List.of("消费者", "商家代表"), null), null);
    }

    private static ActionRequest agree(String terms, Long amountFen, LocalDate due) {
        return new ActionRequest(DisputeAction.AGREE, null, null, null, null, null, null, null, null,
                new AgreementTerms(terms, amountFen, due));
    }

    private static ActionRequest refer(String filingReference) {
        return new ActionRequest(DisputeAction.REFER, null, null, null, filingReference, null, null, null, null, null);
    }
}
