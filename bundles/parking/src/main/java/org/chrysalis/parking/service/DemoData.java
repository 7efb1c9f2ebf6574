package org.chrysalis.parking.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.chrysalis.parking.domain.Tariff;
import org.chrysalis.parking.service.Views.Group;
import org.chrysalis.parking.service.Views.LotInput;
import org.chrysalis.parking.service.Views.SpotInput;
import org.chrysalis.platform.api.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A dozen lots around the district (兰州新区) with 4,080 spots in levels or zones, about 60 %
 * occupied. Loaded once when there is no lot, unless {@code demo.enabled=false}.
 */
public class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    /** id, name, latitude, longitude, spots, groups, categories */
    private static final Object[][] LOTS = {
        {"LZ-P01", "新区市民中心地下停车场", 36.4512, 103.6318, 600, 3, "public,feeCharged,underground"},
        {"LZ-P02", "新区人民医院停车场", 36.4475, 103.6402, 480, 2, "public,feeCharged,parkingLot"},
        {"LZ-P03", "中川机场P2停车楼", 36.5152, 103.6205, 560, 4, "public,feeCharged,parkingGarage"},
        {"LZ-P04", "秦川镇政府停车场", 36.4301, 103.6752, 150, 1, "public,free,ground"},
        {"LZ-P05", "新区万达广场停车场", 36.4556, 103.6251, 520, 2, "public,feeCharged,underground,forCustomers"},
        {"LZ-P06", "新区体育中心停车场", 36.4628, 103.6177, 400, 2, "public,feeCharged,ground"},
        {"LZ-P07", "新区高铁站停车场", 36.4389, 103.6089, 360, 2, "public,feeCharged,parkingLot,shortTerm"},
        {"LZ-P08", "职教园区停车场", 36.4712, 103.6550, 200, 1, "public,feeCharged,forStudents"},
        {"LZ-P09", "新区行政服务中心停车场", 36.4498, 103.6356, 240, 2, "public,feeCharged,ground"},
        {"LZ-P10", "中川镇商业街停车场", 36.5023, 103.6421, 180, 1, "public,feeCharged,ground"},
        {"LZ-P11", "新区综合保税区停车场", 36.4204, 103.6598, 210, 1, "public,feeCharged,ground,forEmployees"},
        {"LZ-P12", "西岔镇文化广场停车场", 36.4120, 103.5980, 180, 1, "public,free,ground"}};

    private final LotService lots;
    private final ParkingSettings settings;

    public DemoData(LotService lots, ParkingSettings settings) {
        this.lots = lots;
        this.settings = settings;
    }

    public void loadIfEmpty() {
        if (!settings.demoData() || !lots.isEmpty()) {
            return;
        }
        try {
            int spots = load();
            LOG.info("Parking demo data loaded: {} lots, {} spots", LOTS.length, spots);
        } catch (RuntimeException e) {
            LOG.warn("Parking demo data not loaded", e);
        }
    }

    private int load() {
        Actor system = Actor.SYSTEM;
        Random random = new Random(7);
        int created = 0;
        for (Object[] l : LOTS) {
            String id = (String) l[0];
            boolean free = ((String) l[6]).contains("free,");
            Tariff tariff = free ? new Tariff(0, 60, 0L, 60, 0L, 0L, null, null, null, null, null, Set.of())
                    : Tariff.STANDARD;
            lots.createLot(new LotInput(id, (String) l[1], "LZXQ", (Double) l[2], (Double) l[3], null,
                    Set.of(((String) l[6]).split(",")), List.of("car", "motorcycle"), Set.of("singleSpaceDetection"),
                    "Mo-Su 00:00-24:00", false, tariff), system, Locale.ROOT);
            int groups = (Integer) l[5];
            int perGroup = (Integer) l[4] / groups;
            List<SpotInput> spots = new ArrayList<>();
            for (int g = 1; g <= groups; g++) {
                String groupId = id + "-G" + g;
                lots.createGroup(new Group(groupId, id, groups > 1 && ((String) l[6]).contains("underground")
                        ? "B" + g + "层" : (char) ('A' + g - 1) + "区", null), system);
                for (int n = 1; n <= perGroup; n++) {
                    String spotId = String.format("%s-%d-%03d", id, g, n);
                    spots.add(new SpotInput(spotId, id, groupId, String.format("%c%03d", 'A' + g - 1, n), null, null,
                            random.nextDouble() < 0.6 ? "occupied" : "free"));
                    if (spots.size() == LotService.MAX_SPOTS_PER_REQUEST) {
                        created += lots.createSpots(spots, system);
                        spots = new ArrayList<>();
                    }
                }
            }
            if (!spots.isEmpty()) {
                created += lots.createSpots(spots, system);
            }
        }
        return created;
    }
}
