package org.chrysalis.grid.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chrysalis.grid.domain.ActionRequest;
import org.chrysalis.grid.domain.IncidentAction;
import org.chrysalis.grid.service.Views.CategoryInput;
import org.chrysalis.grid.service.Views.Department;
import org.chrysalis.grid.service.Views.GridInput;
import org.chrysalis.grid.service.Views.ReportInput;
import org.chrysalis.platform.api.area.Area;
import org.chrysalis.platform.api.area.AreaLevel;
import org.chrysalis.platform.api.area.AreaService;
import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.security.Actor;
import org.chrysalis.platform.api.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A believable district for trying the platform: the new area, four towns and streets, twelve
 * villages and communities, 24 grids with boundaries, workers, departments, categories and two
 * dozen incidents at every stage, reported by the grids' workers and worked on by the demo
 * dispatcher through the incident service (so they have history, points and audit entries like
 * any other). Loaded once, when the catalogue is empty and {@code demo.enabled} is not false.
 */
public class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    static final String ROOT = "LZXQ";
    private static final String[] WORKERS = {"grid-worker", "wang.fang", "li.qiang", "zhang.wei", "liu.yang",
        "chen.jing", "yang.min", "zhao.lei", "huang.li", "zhou.tao", "wu.xia", "xu.jun", "sun.hong"};

    /** The Open311 key of the demo, named in the README. */
    static final String DEMO_KEY = "demo-key";
    /** The demo user who accepts, dispatches and closes the demo incidents. */
    private static final Actor DISPATCHER = new Actor("dispatcher", Set.of(Roles.DISPATCHER));

    private final CatalogueService catalogue;
    private final IncidentService incidents;
    private final AreaService areas;
    private final ApiKeyService keys;
    private final GridSettings settings;
    /** Centre and lead worker of each demo grid, by code, for placing the demo incidents. */
    private final Map<String, GridSpot> spots = new LinkedHashMap<>();

    private record GridSpot(double lat, double lon, String lead) {
    }

    public DemoData(CatalogueService catalogue, IncidentService incidents, AreaService areas, ApiKeyService keys,
                    GridSettings settings) {
        this.catalogue = catalogue;
        this.incidents = incidents;
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
            LOG.warn("Demo data not loaded", e);
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
                    String gridCode = villageCode + "-G" + (g + 1);
                    catalogue.createGrid(new GridInput(gridCode,
                            town.villages()[v] + "第" + (g + 1) + "网格", villageCode,
                            box(west, south, east, south + 0.04), null, lead, team), system);
                    spots.put(gridCode, new GridSpot(south + 0.02, (west + east) / 2, lead));
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
        int reported = incidents();
        LOG.info("Grid demo data loaded: 24 grids, 8 departments, 12 categories, {} incidents, Open311 key {}",
                reported, DEMO_KEY);
    }

    /** A demo incident: where, what, and how far it has got (the actions after the report, in order). */
    private record Demo(String grid, String category, String description, IncidentAction... steps) {
    }

    private int incidents() {
        IncidentAction[] closed = {IncidentAction.ACCEPT, IncidentAction.DISPATCH, IncidentAction.START,
            IncidentAction.RESOLVE, IncidentAction.VERIFY, IncidentAction.CLOSE};
        List<Demo> demos = List.of(
                new Demo("QC-1-G1", "road-damage", "村道路面塌陷，约两平方米"),
                new Demo("QC-2-G2", "garbage", "村口垃圾池满溢，三天未清运"),
                new Demo("ZC-1-G1", "streetlight", "上川村主干道路灯连续五盏不亮"),
                new Demo("HH-2-G1", "noise", "小区夜间施工噪声扰民"),
                new Demo("XC-3-G2", "water-supply", "红岘村自来水浑浊", IncidentAction.ACCEPT),
                new Demo("HH-1-G2", "illegal-parking", "消防通道被私家车占用", IncidentAction.ACCEPT),
                new Demo("QC-3-G1", "sewage", "污水井冒溢流入农田", IncidentAction.ACCEPT, IncidentAction.DISPATCH),
                new Demo("HH-3-G1", "illegal-construction", "楼顶私搭彩钢房", IncidentAction.ACCEPT, IncidentAction.DISPATCH),
                new Demo("ZC-2-G2", "road-damage", "桥头路面坑槽", IncidentAction.ACCEPT, IncidentAction.DISPATCH),
                new Demo("XC-1-G1", "green-space", "行道树被车辆撞断", IncidentAction.ACCEPT, IncidentAction.DISPATCH,
                        IncidentAction.START),
                new Demo("HH-2-G2", "garbage", "建筑垃圾堆放在绿地旁", IncidentAction.ACCEPT, IncidentAction.DISPATCH,
                        IncidentAction.START),
                new Demo("ZC-3-G1", "streetlight", "马家坪村广场照明损坏", IncidentAction.ACCEPT, IncidentAction.DISPATCH,
                        IncidentAction.START, IncidentAction.RESOLVE),
                new Demo("QC-1-G2", "water-supply", "供水管道破裂漏水", IncidentAction.ACCEPT, IncidentAction.DISPATCH,
                        IncidentAction.START, IncidentAction.RESOLVE, IncidentAction.VERIFY),
                new Demo("HH-1-G1", "road-damage", "人行道地砖松动", closed),
                new Demo("HH-3-G2", "noise", "商铺外放音响扰民", closed),
                new Demo("XC-2-G1", "garbage", "河道漂浮垃圾", closed),
                new Demo("ZC-1-G2", "sewage", "排水沟堵塞", closed),
                new Demo("QC-2-G1", "illegal-parking", "校门口车辆乱停", closed),
                new Demo("XC-3-G1", "green-space", "公园草坪被踩踏损毁", closed),
                new Demo("ZC-2-G1", "other", "废弃车辆长期占道", IncidentAction.REJECT));
        int reported = 0;
        for (Demo demo : demos) {
            GridSpot spot = spots.get(demo.grid());
            Actor worker = new Actor(spot.lead(), Set.of(Roles.GRID_WORKER));
            long id = incidents.report(new ReportInput(demo.category(), demo.description(), spot.lat(), spot.lon(),
                    null, null, null), worker, "REST", Locales.DEFAULT).incident().id();
            reported++;
            for (IncidentAction action : demo.steps()) {
                incidents.act(id, step(action, demo.category()), isDispatchers(action) ? DISPATCHER : worker,
                        Locales.DEFAULT);
            }
        }
        return reported;
    }

    private static boolean isDispatchers(IncidentAction action) {
        return switch (action) {
            case ACCEPT, REJECT, DISPATCH, CLOSE -> true;
            default -> false;
        };
    }

    private static ActionRequest step(IncidentAction action, String category) {
        return switch (action) {
            case DISPATCH -> new ActionRequest(action, null, departmentFor(category), null, null, null);
            case REJECT -> new ActionRequest(action, null, null, "不属于网格事件，已告知报告人联系交警部门", null, null);
            default -> new ActionRequest(action, null, null, null, null, null);
        };
    }

    /** The demo department that handles a category's incidents. */
    private static String departmentFor(String category) {
        return switch (category) {
            case "road-damage" -> "JT";
            case "water-supply", "sewage" -> "SW";
            case "illegal-construction" -> "ZJ";
            case "noise" -> "HB";
            case "illegal-parking" -> "GA";
            default -> "CG";
        };
    }

    private void area(String code, String name, AreaLevel level, String parent, Map<String, Object> boundary) {
        if (areas.find(code).isPresent()) {
            return;
        }
        try {
            areas.create(new Area(code, name, level, parent, boundary, null), Actor.SYSTEM);
        } catch (RuntimeException e) {
            // deliberation's demo data creates the same villages and may have done so meanwhile
            if (areas.find(code).isEmpty()) {
                throw e;
            }
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
