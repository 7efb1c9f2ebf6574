package org.chrysalis.grid.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chrysalis.grid.service.Views.CategoryInput;
import org.chrysalis.grid.service.Views.Department;
import org.chrysalis.grid.service.Views.GridInput;
import org.chrysalis.platform.api.area.Area;
import org.chrysalis.platform.api.area.AreaLevel;
import org.chrysalis.platform.api.area.AreaService;
import org.chrysalis.platform.api.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A believable district for trying the platform: the new area, four towns and streets, twelve
 * villages and communities, 24 grids with boundaries, workers, departments and categories. Loaded
 * once, when the catalogue is empty and {@code demo.enabled} is not false.
 */
public class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    static final String ROOT = "LZXQ";
    private static final String[] WORKERS = {"grid-worker", "wang.fang", "li.qiang", "zhang.wei", "liu.yang",
        "chen.jing", "yang.min", "zhao.lei", "huang.li", "zhou.tao", "wu.xia", "xu.jun", "sun.hong"};

    /** The Open311 key of the demo, named in the README. */
    static final String DEMO_KEY = "demo-key";

    private final CatalogueService catalogue;
    private final AreaService areas;
    private final ApiKeyService keys;
    private final GridSettings settings;

    public DemoData(CatalogueService catalogue, AreaService areas, ApiKeyService keys, GridSettings settings) {
        this.catalogue = catalogue;
        this.areas = areas;
        this.keys = keys;
        this.settings = settings;
    }

    public void loadIfEmpty() {
        if (!settings.get().demoData() || !catalogue.isEmpty()) {
            return;
        }
        try {
            load();
        } catch (RuntimeException e) {
            LOG.warn("Demo data not loaded: {}", e.getMessage());
        }
    }

    private void load() {
        Actor system = Actor.SYSTEM;
        area(ROOT, "兰州新区", AreaLevel.NEW_AREA, null, box(103.62, 36.44, 103.82, 36.60));
        record Town(String code, String name, AreaLevel level, double lon, double lat, String[] villages) { }
        List<Town> towns = List.of(
                new Town("QC", "秦川镇", AreaLevel.TOWN, 103.62, 36.44, new String[] {"石门沟村", "下川村", "邱家庄村"}),
                new Town("ZC", "中川镇", AreaLevel.TOWN, 103.72, 36.44, new String[] {"上川村", "北川村", "马家坪村"}),
                new Town("XC", "西岔镇", AreaLevel.TOWN, 103.62, 36.52, new String[] {"石井村", "徐家湾村", "红岘村"}),
                new Town("HH", "黄河街道", AreaLevel.STREET, 103.72, 36.52, new String[] {"瑞岭社区", "彩虹城社区", "丝路社区"}));
        int worker = 0;
        for (Town town : towns) {
            area(town.code(), town.name(), town.level(), ROOT, box(town.lon(), town.lat(), town.lon() + 0.1, town.lat() + 0.08));
            AreaLevel villageLevel = town.level() == AreaLevel.STREET ? AreaLevel.COMMUNITY : AreaLevel.VILLAGE;
            for (int v = 0; v < town.villages().length; v++) {
                String villageCode = town.code() + "-" + (v + 1);
                double west = town.lon() + v * 0.1 / 3;
                double east = west + 0.1 / 3;
                area(villageCode, town.villages()[v], villageLevel, town.code(), box(west, town.lat(), east, town.lat() + 0.08));
                for (int g = 0; g < 2; g++) {
                    double south = town.lat() + g * 0.04;
                    String lead = WORKERS[worker++ % WORKERS.length];
                    List<String> team = List.of(lead, WORKERS[(worker + 5) % WORKERS.length]);
                    catalogue.createGrid(new GridInput(villageCode + "-G" + (g + 1),
                            town.villages()[v] + "第" + (g + 1) + "网格", villageCode,
                            box(west, south, east, south + 0.04), null, lead, team), system);
                }
            }
        }
        for (String[] d : new String[][] {{"CG", "城市管理局"}, {"HB", "生态环境局"}, {"ZJ", "住房和城乡建设局"},
            {"SJ", "市场监督管理局"}, {"JT", "交通运输局"}, {"YJ", "应急管理局"}, {"SW", "水务局"}, {"GA", "公安分局"}}) {
            catalogue.createDepartment(new Department(d[0], d[1], null), system);
        }
        for (String[] c : new String[][] {
            {"road-damage", "道路破损", "Road damage", null},
            {"garbage", "垃圾堆放", "Garbage dumping", null},
            {"illegal-construction", "违法建设", "Illegal construction", null},
            {"noise", "噪声扰民", "Noise nuisance", null},
            {"water-supply", "供水问题", "Water supply", null},
            {"streetlight", "路灯故障", "Streetlight out", null},
            {"sewage", "污水外溢", "Sewage overflow", null},
            {"illegal-parking", "违章停车", "Illegal parking", null},
            {"green-space", "绿化损毁", "Damaged green space", null},
            {"consumer-dispute", "消费纠纷", "Consumer dispute", "mediation"},
            {"safety-hazard", "安全隐患", "Safety hazard", "campaigns"},
            {"other", "其他", "Other", null}}) {
            catalogue.createCategory(new CategoryInput(c[0], c[1], c[2], null, c[3]), system,
                    org.chrysalis.platform.api.i18n.Locales.DEFAULT);
        }
        keys.create("Demo Open311 client", DEMO_KEY, system);
        LOG.info("Grid demo data loaded: 24 grids, 8 departments, 12 categories, Open311 key {}", DEMO_KEY);
    }

    private void area(String code, String name, AreaLevel level, String parent, Map<String, Object> boundary) {
        if (areas.find(code).isEmpty()) {
            areas.create(new Area(code, name, level, parent, boundary, null), Actor.SYSTEM);
        }
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
