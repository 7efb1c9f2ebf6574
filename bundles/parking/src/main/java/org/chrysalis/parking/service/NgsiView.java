package org.chrysalis.parking.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.parking.domain.LotStatus;
import org.chrysalis.parking.persistence.GroupEntity;
import org.chrysalis.parking.persistence.LotEntity;
import org.chrysalis.parking.persistence.SpotEntity;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.problem.ProblemException;

/**
 * A read-only NGSI-LD view in key-value form ({@code options=keyValues}) of lots, groups and spots
 * as FIWARE Smart Data Models entities ({@code OffStreetParking}, {@code ParkingGroup},
 * {@code ParkingSpot}), so FIWARE tools and dashboards read them as they are.
 */
public class NgsiView {

    public static final String CONTEXT = "https://raw.githubusercontent.com/smart-data-models/dataModel.Parking/master/context.jsonld";
    public static final String OFF_STREET_PARKING = "OffStreetParking";
    public static final String PARKING_GROUP = "ParkingGroup";
    public static final String PARKING_SPOT = "ParkingSpot";
    private static final String PREFIX = "urn:ngsi-ld:";

    private final JpaTemplate jpa;

    public NgsiView(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    public static String entityId(String type, String id) {
        return PREFIX + type + ":" + id;
    }

    public Page<Map<String, Object>> entities(String type, PageRequest page) {
        if (type == null) {
            throw ProblemException.invalid("type", "is required: " + OFF_STREET_PARKING + ", " + PARKING_GROUP + " or "
                    + PARKING_SPOT);
        }
        return jpa.txExpr(TransactionType.Supports, em -> switch (type) {
            case OFF_STREET_PARKING -> {
                long total = em.createQuery("select count(l) from LotEntity l", Long.class).getSingleResult();
                List<Map<String, Object>> items = em.createQuery("select l from LotEntity l order by l.id", LotEntity.class)
                        .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                        .map(NgsiView::lot).toList();
                yield new Page<>(items, total, page.offset(), page.limit());
            }
            case PARKING_SPOT -> {
                long total = em.createQuery("select count(s) from SpotEntity s", Long.class).getSingleResult();
                List<SpotEntity> spots = em.createQuery("select s from SpotEntity s order by s.id", SpotEntity.class)
                        .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
                Map<String, LotEntity> lots = new HashMap<>();
                List<Map<String, Object>> items = new ArrayList<>();
                for (SpotEntity s : spots) {
                    LotEntity lot = lots.computeIfAbsent(s.lotId, id -> em.find(LotEntity.class, id));
                    items.add(spot(s, lot));
                }
                yield new Page<>(items, total, page.offset(), page.limit());
            }
            case PARKING_GROUP -> {
                long total = em.createQuery("select count(g) from GroupEntity g", Long.class).getSingleResult();
                List<Map<String, Object>> items = new ArrayList<>();
                for (GroupEntity g : em.createQuery("select g from GroupEntity g order by g.id", GroupEntity.class)
                        .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()) {
                    long spots = em.createQuery("select count(s) from SpotEntity s where s.groupId = :g", Long.class)
                            .setParameter("g", g.id).getSingleResult();
                    long free = em.createQuery("select count(s) from SpotEntity s where s.groupId = :g and s.status = :free",
                            Long.class).setParameter("g", g.id).setParameter("free", "free").getSingleResult();
                    items.add(group(g, spots, free));
                }
                yield new Page<>(items, total, page.offset(), page.limit());
            }
            default -> throw ProblemException.invalid("type", "must be " + OFF_STREET_PARKING + ", " + PARKING_GROUP
                    + " or " + PARKING_SPOT);
        });
    }

    /** One entity by its NGSI-LD id ({@code urn:ngsi-ld:<type>:<id>}). */
    public Map<String, Object> entity(String entityId) {
        String[] parts = entityId == null ? new String[0] : entityId.split(":", 4);
        if (parts.length != 4 || !"urn".equals(parts[0]) || !"ngsi-ld".equals(parts[1])) {
            throw ProblemException.notFound("Entity", String.valueOf(entityId));
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            switch (parts[2]) {
                case OFF_STREET_PARKING -> {
                    LotEntity lot = em.find(LotEntity.class, parts[3]);
                    if (lot != null) {
                        return lot(lot);
                    }
                }
                case PARKING_SPOT -> {
                    SpotEntity spot = em.find(SpotEntity.class, parts[3]);
                    if (spot != null) {
                        return spot(spot, em.find(LotEntity.class, spot.lotId));
                    }
                }
                default -> {
                }
            }
            throw ProblemException.notFound("Entity", entityId);
        });
    }

    static Map<String, Object> lot(LotEntity l) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", entityId(OFF_STREET_PARKING, l.id));
        e.put("type", OFF_STREET_PARKING);
        e.put("name", l.name);
        if (l.address != null) {
            e.put("description", l.address);
        }
        e.put("location", point(l.longitude, l.latitude));
        List<String> categories = new ArrayList<>(LotService.split(l.categories));
        if (!categories.isEmpty()) {
            e.put("category", categories);
        }
        e.put("allowedVehicleType", new ArrayList<>(LotService.split(l.vehicleTypes)));
        e.put("occupancyDetectionType", new ArrayList<>(LotService.split(l.detectionTypes)));
        e.put("chargeType", List.of("firstIntervalPrice", "additionalIntervalPrice"));
        e.put("priceCurrency", "CNY");
        if (l.openingHours != null) {
            e.put("openingHours", l.openingHours);
        }
        e.put("status", List.of(LotStatus.of(l.closed, l.totalSpots, l.availableSpots).wire()));
        e.put("totalSpotNumber", l.totalSpots);
        e.put("availableSpotNumber", l.availableSpots);
        e.put("occupiedSpotNumber", l.occupiedSpots);
        e.put("occupancy", l.totalSpots == 0 ? 0.0 : Math.round(10000.0 * l.occupiedSpots / l.totalSpots) / 10000.0);
        if (l.occupancyModified != null) {
            e.put("occupancyModified", l.occupancyModified.toString());
        }
        e.put("parkingSiteId", l.id);
        e.put("dateCreated", l.createdAt.toString());
        e.put("dateModified", (l.occupancyModified != null && l.occupancyModified.isAfter(l.updatedAt)
                ? l.occupancyModified : l.updatedAt).toString());
        e.put("@context", CONTEXT);
        return e;
    }

    static Map<String, Object> spot(SpotEntity s, LotEntity lot) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", entityId(PARKING_SPOT, s.id));
        e.put("type", PARKING_SPOT);
        e.put("name", s.name);
        double lon = s.longitude != null ? s.longitude : lot == null ? 0 : lot.longitude;
        double lat = s.latitude != null ? s.latitude : lot == null ? 0 : lot.latitude;
        e.put("location", point(lon, lat));
        e.put("status", s.status);
        e.put("category", List.of("offStreet"));
        e.put("refParkingSite", entityId(OFF_STREET_PARKING, s.lotId));
        if (s.groupId != null) {
            e.put("refParkingGroup", entityId(PARKING_GROUP, s.groupId));
        }
        if (s.deviceId != null) {
            e.put("refDevice", List.of(s.deviceId));
        }
        if (s.observedAt != null) {
            e.put("dateModified", s.observedAt.toString());
        }
        e.put("@context", CONTEXT);
        return e;
    }

    static Map<String, Object> group(GroupEntity g, long spots, long free) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", entityId(PARKING_GROUP, g.id));
        e.put("type", PARKING_GROUP);
        e.put("name", g.name);
        if (g.description != null) {
            e.put("description", g.description);
        }
        e.put("refParkingSite", entityId(OFF_STREET_PARKING, g.lotId));
        e.put("totalSpotNumber", spots);
        e.put("availableSpotNumber", free);
        e.put("@context", CONTEXT);
        return e;
    }

    private static Map<String, Object> point(double lon, double lat) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "Point");
        p.put("coordinates", List.of(lon, lat));
        return p;
    }
}
