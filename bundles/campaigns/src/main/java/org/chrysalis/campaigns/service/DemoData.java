package org.chrysalis.campaigns.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.chrysalis.campaigns.domain.ActionRequest;
import org.chrysalis.campaigns.domain.ActionRequest.Evidence;
import org.chrysalis.campaigns.domain.CampaignDraft;
import org.chrysalis.campaigns.domain.CampaignKind;
import org.chrysalis.campaigns.domain.InspectionRecord;
import org.chrysalis.campaigns.domain.InspectionRecord.ChecklistItem;
import org.chrysalis.campaigns.domain.InspectionRecord.Finding;
import org.chrysalis.campaigns.domain.Severity;
import org.chrysalis.campaigns.domain.TaskAction;
import org.chrysalis.campaigns.domain.Targets;
import org.chrysalis.platform.api.area.AreaService;
import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.security.Actor;
import org.chrysalis.platform.api.security.Roles;
import org.chrysalis.platform.api.time.PlatformClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two ad-hoc campaigns (e-bike fire safety, gas safety) with inspections whose tasks stand in
 * every state: open, in rectification, submitted, accepted, accepted after a rejection,
 * reopened, and one major hazard past its deadline that the scheduler escalates. The ten key
 * areas are not demo data: they ship with the schema. Loaded once when there is no campaign,
 * unless {@code demo.enabled=false}.
 */
public class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final Actor OFFICE = new Actor("admin", Set.of(Roles.ADMIN));
    private static final Actor INSPECTOR = new Actor("inspector", Set.of(Roles.INSPECTOR));
    private static final List<Evidence> PHOTOS = List.of(new Evidence("整改后现场照片 photo after rectification",
            "https://example.org/evidence/after.jpg"));

    private final CampaignService campaigns;
    private final RectificationService tasks;
    private final AreaService areas;
    private final PlatformClock clock;
    private final CampaignsSettings settings;

    public DemoData(CampaignService campaigns, RectificationService tasks, AreaService areas, PlatformClock clock,
                    CampaignsSettings settings) {
        this.campaigns = campaigns;
        this.tasks = tasks;
        this.areas = areas;
        this.clock = clock;
        this.settings = settings;
    }

    public void loadIfEmpty() {
        if (!settings.demoData() || !campaigns.isEmpty()) {
            return;
        }
        try {
            load();
        } catch (RuntimeException e) {
            LOG.warn("Campaigns demo data not loaded", e);
        }
    }

    private void load() {
        Instant now = clock.now();
        LocalDate today = LocalDate.ofInstant(now, PlatformClock.DISPLAY_ZONE);
        // the district's area tree comes with grid's demo data; cover it when it is there
        List<String> district = areas.find("LZXQ").isPresent() ? List.of("LZXQ") : List.of();
        var locale = Locales.DEFAULT;

        long fire = campaigns.create(new CampaignDraft("电动自行车消防安全专项整治", CampaignKind.AD_HOC, "fire-safety",
                "新区消防救援大队", List.of("新区住建局", "新区市场监管局", "秦川镇人民政府"), today.minusDays(30),
                today.plusDays(60), district, new Targets(95, 0, 10),
                "Charging in stairwells, blocked fire exits, non-standard e-bikes on sale."), OFFICE, locale).id();
        var estate = tasks.recordInspection(new InspectionRecord(fire, "秦川镇幸福家园小区", null, "秦川镇幸福路8号", null,
                now.minus(Duration.ofDays(20)), List.of(new ChecklistItem("楼道无电动自行车停放充电", false, null),
                        new ChecklistItem("消防通道畅通", false, "2号楼通道堆放杂物"),
                        new ChecklistItem("灭火器在有效期内", true, null)),
                List.of(new Finding("楼道内电动自行车停放充电", Severity.MEDIUM, "幸福家园物业服务有限公司", "新区住建局", "整改后照片"),
                        new Finding("2号楼消防通道被杂物占用", Severity.HIGH, "幸福家园物业服务有限公司", "新区消防救援大队", "清理后照片"),
                        new Finding("集中充电设施不足", Severity.LOW, "幸福家园物业服务有限公司", "秦川镇人民政府", "充电桩安装验收单")),
                "小区电动自行车消防安全检查"), INSPECTOR);
        long charging = estate.problemIds().get(0);
        long exit = estate.problemIds().get(1);
        long chargers = estate.problemIds().get(2);
        act(charging, TaskAction.START, OFFICE, null);
        act(charging, TaskAction.SUBMIT, OFFICE, null);
        act(charging, TaskAction.ACCEPT, INSPECTOR, "复查合格");
        act(exit, TaskAction.START, OFFICE, null);
        act(exit, TaskAction.SUBMIT, OFFICE, null);
        act(exit, TaskAction.REJECT, INSPECTOR, "3号楼通道仍有杂物");
        act(exit, TaskAction.SUBMIT, OFFICE, null);
        act(exit, TaskAction.ACCEPT, INSPECTOR, "复查合格");
        act(chargers, TaskAction.START, OFFICE, null);

        var shop = tasks.recordInspection(new InspectionRecord(fire, "新区速达电动车销售店", "91620100MA7300001J",
                "新区纬一路12号", null, now.minus(Duration.ofDays(2)), List.of(new ChecklistItem("销售车辆符合国标", false, null)),
                List.of(new Finding("销售不符合国家标准的电动自行车", Severity.HIGH, "新区速达电动车销售店", "新区市场监管局", "下架清单"),
                        new Finding("店内违规为电池充电", Severity.MEDIUM, "新区速达电动车销售店", "新区消防救援大队", null)),
                null), INSPECTOR);
        act(shop.problemIds().get(0), TaskAction.START, OFFICE, null);
        act(shop.problemIds().get(0), TaskAction.SUBMIT, OFFICE, null);

        long gas = campaigns.create(new CampaignDraft("燃气安全专项整治", CampaignKind.AD_HOC, null, "新区住建局",
                List.of("新区应急管理局", "新区市场监管局"), today.minusDays(15), today.plusDays(45), district,
                new Targets(95, 0, null), "Restaurants and bottled gas after a series of incidents."), OFFICE, locale).id();
        var restaurant = tasks.recordInspection(new InspectionRecord(gas, "中川镇老马家牛肉面馆", "91620100224330581K",
                "中川镇中川路3号", null, now.minus(Duration.ofDays(10)), List.of(new ChecklistItem("安装燃气泄漏报警装置", false, null),
                        new ChecklistItem("钢瓶存放规范", false, null)),
                List.of(new Finding("燃气管道未安装泄漏报警装置", Severity.MAJOR_HAZARD, "中川镇老马家牛肉面馆", "新区住建局", "报警装置安装照片"),
                        new Finding("液化气钢瓶存放在后厨通道", Severity.MEDIUM, "中川镇老马家牛肉面馆", "新区应急管理局", "整改后照片")),
                "餐饮场所燃气安全检查"), INSPECTOR);
        long cylinders = restaurant.problemIds().get(1);
        act(cylinders, TaskAction.START, OFFICE, null);
        act(cylinders, TaskAction.SUBMIT, OFFICE, null);
        act(cylinders, TaskAction.ACCEPT, INSPECTOR, null);
        act(cylinders, TaskAction.REOPEN, INSPECTOR, "复查发现钢瓶又被放回通道");
        LOG.info("Campaigns demo data loaded: 2 ad-hoc campaigns, 3 inspections, 7 tasks");
    }

    private void act(long task, TaskAction action, Actor actor, String comment) {
        tasks.act(task, new ActionRequest(action, comment, action == TaskAction.SUBMIT ? PHOTOS : null), actor,
                Locales.DEFAULT);
    }
}
