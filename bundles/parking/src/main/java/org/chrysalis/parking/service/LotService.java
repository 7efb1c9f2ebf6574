package org.chrysalis.parking.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.parking.domain.Geo;
import org.chrysalis.parking.domain.LotStatus;
import org.chrysalis.parking.domain.SpotStatus;
import org.chrysalis.parking.domain.Tariff;
import org.chrysalis.parking.persistence.GroupEntity;
import org.chrysalis.parking.persistence.LotEntity;
import org.chrysalis.parking.persistence.SpotEntity;
import org.chrysalis.parking.service.Views.Availability;
import org.chrysalis.parking.service.Views.Group;
import org.chrysalis.parking.service.Views.Lot;
import org.chrysalis.parking.service.Views.LotInput;
import org.chrysalis.parking.service.Views.Spot;
import org.chrysalis.parking.service.Views.SpotFilter;
import org.chrysalis.parking.service.Views.SpotInput;
import org.chrysalis.platform.api.audit.AuditEvent;
import org.chrysalis.platform.api.audit.AuditService;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.persistence.Conditions;
import org.chrysalis.platform.api.persistence.JsonText;
import org.chrysalis.platform.api.problem.FieldErrors;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.rest.JsonMapper;
import org.chrysalis.platform.api.security.Actor;
import org.chrysalis.platform.api.time.PlatformClock;

/** Lots, groups and spots: the parking inventory, and availability near a point. */
public class LotService {

    static final String CAPABILITY = "parking";
    static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.:\\-]{0,63}";
    static final String SPOT_ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.:\\-]{0,127}";
    /** FIWARE OffStreetParking's enumerations that a lot may use. */
    static final Set<String> CATEGORIES = Set.of("barrierAccess", "feeCharged", "forCustomers", "forDisabled",
            "forElectricalCharging", "forEmployees", "forMembers", "forResidents", "forStudents", "forVisitors", "free",
            "freeAccess", "gateAccess", "guarded", "ground", "longTerm", "mediumTerm", "onlyResidents", "onlyWithPermit",
            "parkingGarage", "parkingLot", "private", "public", "publicPrivate", "shortTerm", "staffed", "underground",
            "urbanDeterrentParking", "other");
    static final Set<String> VEHICLE_TYPES = Set.of("agriculturalVehicle", "anyVehicle", "bicycle", "bus", "car",
            "caravan", "carWithCaravan", "carWithTrailer", "constructionOrMaintenanceVehicle", "lorry", "moped",
            "motorcycle", "motorcycleWithSideCar", "motorscooter", "tanker", "trailer", "van");
    static final Set<String> DETECTION_TYPES = Set.of("balancing", "manual", "modelBased", "none", "singleSpaceDetection");
    public static final int MAX_SPOTS_PER_REQUEST = 1000;

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final PlatformClock clock;
    private final SpotDirectory directory;
    private final ParkingSettings settings;

    public LotService(JpaTemplate jpa, AuditService audit, PlatformClock clock, SpotDirectory directory,
                      ParkingSettings settings) {
        this.jpa = jpa;
        this.audit = audit;
        this.clock = clock;
        this.directory = directory;
        this.settings = settings;
    }

    // ---- lots

    public List<Lot> lots(Locale locale) {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select l from LotEntity l order by l.id", LotEntity.class).getResultList()
                .stream().map(l -> view(l, locale)).toList());
    }

    public Lot lot(String id, Locale locale) {
        return jpa.txExpr(TransactionType.Supports, em -> view(existingLot(em, id), locale));
    }

    public Lot createLot(LotInput input, Actor actor, Locale locale) {
        validate(input, true);
        return jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(LotEntity.class, input.id()) != null) {
                throw ProblemException.conflict("A lot with id '" + input.id() + "' already exists.");
            }
            LotEntity lot = new LotEntity();
            lot.id = input.id();
            lot.createdAt = clock.now();
            apply(lot, input);
            em.persist(lot);
            em.flush();
            Lot after = view(lot, locale);
            audit.record(new AuditEvent(actor.name(), CAPABILITY, "lot", lot.id, "create", null, after));
            return after;
        });
    }

    /** Replaces a lot's description and tariff; its counts stay what its spots say. */
    public Lot updateLot(String id, LotInput input, Actor actor, Locale locale) {
        LotInput withId = new LotInput(id, input.name(), input.areaCode(), input.latitude(), input.longitude(),
                input.address(), input.categories(), input.allowedVehicleTypes(), input.occupancyDetectionTypes(),
                input.openingHours(), input.closed(), input.tariff());
        validate(withId, false);
        return jpa.txExpr(TransactionType.Required, em -> {
            LotEntity lot = existingLot(em, id);
            Lot before = view(lot, locale);
            apply(lot, withId);
            Lot after = view(lot, locale);
            audit.record(new AuditEvent(actor.name(), CAPABILITY, "lot", id, "update", before, after));
            return after;
        });
    }

    private void apply(LotEntity lot, LotInput input) {
        lot.name = input.name();
        lot.areaCode = input.areaCode();
        lot.latitude = input.latitude();
        lot.longitude = input.longitude();
        lot.address = input.address();
        lot.categories = joined(input.categories());
        lot.vehicleTypes = input.allowedVehicleTypes() == null || input.allowedVehicleTypes().isEmpty() ? "car"
                : String.join(",", input.allowedVehicleTypes());
        lot.detectionTypes = input.occupancyDetectionTypes() == null || input.occupancyDetectionTypes().isEmpty()
                ? "singleSpaceDetection" : joined(input.occupancyDetectionTypes());
        lot.openingHours = input.openingHours();
        lot.closed = input.closed() != null && input.closed();
        lot.tariff = JsonText.write(input.tariff() == null ? Tariff.STANDARD : input.tariff());
        lot.updatedAt = clock.now();
    }

    private static void validate(LotInput input, boolean create) {
        FieldErrors errors = new FieldErrors();
        if (create) {
            errors.required("id", input.id()).matches("id", input.id(), ID_PATTERN,
                    "must be 1-64 letters, digits, '.', '_', ':' or '-'");
        }
        errors.required("name", input.name()).maxLength("name", input.name(), 200)
                .maxLength("areaCode", input.areaCode(), 64)
                .check(input.latitude() != null && input.latitude() >= -90 && input.latitude() <= 90, "latitude",
                        "is required, -90 to 90")
                .check(input.longitude() != null && input.longitude() >= -180 && input.longitude() <= 180, "longitude",
                        "is required, -180 to 180")
                .maxLength("address", input.address(), 300)
                .maxLength("openingHours", input.openingHours(), 200)
                .check(input.categories() == null || CATEGORIES.containsAll(input.categories()), "categories",
                        "must be FIWARE OffStreetParking categories, e.g. public, feeCharged, underground")
                .check(input.allowedVehicleTypes() == null || VEHICLE_TYPES.containsAll(input.allowedVehicleTypes()),
                        "allowedVehicleTypes", "must be FIWARE vehicle types, e.g. car, motorcycle, bus")
                .check(input.occupancyDetectionTypes() == null || DETECTION_TYPES.containsAll(input.occupancyDetectionTypes()),
                        "occupancyDetectionTypes", "must be among " + DETECTION_TYPES);
        errors.throwIfAny();
        if (input.tariff() != null) {
            input.tariff().validate("tariff.");
        }
    }

    static LotEntity existingLot(EntityManager em, String id) {
        LotEntity lot = em.find(LotEntity.class, id);
        if (lot == null) {
            throw ProblemException.notFound("Lot", id);
        }
        return lot;
    }

    static Tariff tariffOf(LotEntity lot) {
        try {
            return JsonMapper.shared().readValue(lot.tariff, Tariff.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored tariff of lot " + lot.id + " cannot be read", e);
        }
    }

    static Lot view(LotEntity l, Locale locale) {
        LotStatus status = LotStatus.of(l.closed, l.totalSpots, l.availableSpots);
        return new Lot(l.id, l.name, l.areaCode, l.latitude, l.longitude, l.address, split(l.categories),
                List.copyOf(split(l.vehicleTypes)), split(l.detectionTypes), l.openingHours, l.closed, l.totalSpots,
                l.availableSpots, l.occupiedSpots, status.wire(), Labels.of(locale, "lot.status." + status.wire()),
                tariffOf(l), l.occupancyModified, l.createdAt, l.updatedAt);
    }

    static Set<String> split(String text) {
        return text == null || text.isBlank() ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(text.split(",")));
    }

    private static String joined(Set<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", new java.util.TreeSet<>(values));
    }

    // ---- groups

    public List<Group> groups(String lotId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Conditions where = new Conditions().and("g.lotId = :lot", "lot", lotId);
            return where.bind(em.createQuery("select g from GroupEntity g" + where.where() + " order by g.id",
                    GroupEntity.class)).getResultList().stream()
                    .map(g -> new Group(g.id, g.lotId, g.name, g.description)).toList();
        });
    }

    public Group createGroup(Group input, Actor actor) {
        new FieldErrors().required("id", input.id()).matches("id", input.id(), SPOT_ID_PATTERN,
                        "must be 1-128 letters, digits, '.', '_', ':' or '-'")
                .required("lotId", input.lotId()).required("name", input.name()).maxLength("name", input.name(), 200)
                .maxLength("description", input.description(), 500).throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(LotEntity.class, input.lotId()) == null) {
                throw ProblemException.invalid("lotId", "no lot has this id");
            }
            if (em.find(GroupEntity.class, input.id()) != null) {
                throw ProblemException.conflict("A group with id '" + input.id() + "' already exists.");
            }
            GroupEntity g = new GroupEntity();
            g.id = input.id();
            g.lotId = input.lotId();
            g.name = input.name();
            g.description = input.description();
            em.persist(g);
            audit.record(new AuditEvent(actor.name(), CAPABILITY, "group", g.id, "create", null, input));
            return input;
        });
    }

    // ---- spots

    public Page<Spot> spots(SpotFilter filter, PageRequest page, Locale locale) {
        SpotStatus status = filter.status() == null ? null : SpotStatus.fromWire(filter.status());
        if (filter.status() != null && status == null) {
            throw ProblemException.invalid("status", "must be one of free, occupied, closed, unknown");
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            Conditions where = new Conditions().and("s.lotId = :lot", "lot", filter.lotId())
                    .and("s.groupId = :grp", "grp", filter.groupId())
                    .and("s.status = :status", "status", status == null ? null : status.wire());
            long total = where.bind(em.createQuery("select count(s) from SpotEntity s" + where.where(), Long.class))
                    .getSingleResult();
            List<Spot> items = where.bind(em.createQuery("select s from SpotEntity s" + where.where() + " order by s.id",
                    SpotEntity.class)).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .stream().map(s -> view(s, locale)).toList();
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    public Spot spot(String id, Locale locale) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            SpotEntity s = em.find(SpotEntity.class, id);
            if (s == null) {
                throw ProblemException.notFound("Spot", id);
            }
            return view(s, locale);
        });
    }

    static Spot view(SpotEntity s, Locale locale) {
        return new Spot(s.id, s.lotId, s.groupId, s.name, s.latitude, s.longitude, s.status,
                Labels.of(locale, "spot.status." + s.status), s.observedAt, s.sequence, s.eventId, s.deviceId);
    }

    /**
     * Creates spots (at most {@value #MAX_SPOTS_PER_REQUEST}) with one JDBC batch, and moves their lots'
     * counts by exactly what they add, in the same transaction.
     */
    public int createSpots(List<SpotInput> inputs, Actor actor) {
        if (inputs == null || inputs.isEmpty() || inputs.size() > MAX_SPOTS_PER_REQUEST) {
            throw ProblemException.invalid("spots", "between 1 and " + MAX_SPOTS_PER_REQUEST + " spots");
        }
        FieldErrors errors = new FieldErrors();
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            SpotInput s = inputs.get(i);
            String p = inputs.size() == 1 ? "" : "spots[" + i + "].";
            if (s == null) {
                errors.add(p, "must be an object");
                continue;
            }
            errors.required(p + "id", s.id()).matches(p + "id", s.id(), SPOT_ID_PATTERN,
                            "must be 1-128 letters, digits, '.', '_', ':' or '-'")
                    .check(s.id() == null || ids.add(s.id()), p + "id", "appears twice")
                    .required(p + "lotId", s.lotId()).maxLength(p + "name", s.name(), 100)
                    .check(s.status() == null || SpotStatus.fromWire(s.status()) != null, p + "status",
                            "must be one of free, occupied, closed, unknown")
                    .check(s.latitude() == null || s.latitude() >= -90 && s.latitude() <= 90, p + "latitude", "-90 to 90")
                    .check(s.longitude() == null || s.longitude() >= -180 && s.longitude() <= 180, p + "longitude",
                            "-180 to 180");
        }
        errors.throwIfAny();
        jpa.tx(TransactionType.Required, em -> {
            Map<String, int[]> counts = new java.util.TreeMap<>();
            Set<String> taken = directory.existing(ids);
            for (SpotInput s : inputs) {
                if (em.find(LotEntity.class, s.lotId()) == null) {
                    throw ProblemException.invalid("lotId", "no lot has the id '" + s.lotId() + "'");
                }
                if (s.groupId() != null) {
                    GroupEntity g = em.find(GroupEntity.class, s.groupId());
                    if (g == null || !g.lotId.equals(s.lotId())) {
                        throw ProblemException.invalid("groupId", "no group '" + s.groupId() + "' in lot " + s.lotId());
                    }
                }
                if (taken.contains(s.id())) {
                    throw ProblemException.conflict("A spot with id '" + s.id() + "' already exists.");
                }
                SpotStatus status = s.status() == null ? SpotStatus.UNKNOWN : SpotStatus.fromWire(s.status());
                int[] c = counts.computeIfAbsent(s.lotId(), k -> new int[3]);
                c[0]++;
                c[1] += status == SpotStatus.FREE ? 1 : 0;
                c[2] += status == SpotStatus.OCCUPIED ? 1 : 0;
            }
            Connection connection = Jdbc.connection(em);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO PRK_SPOT (ID, LOT_ID, GROUP_ID, NAME,"
                    + " LATITUDE, LONGITUDE, STATUS, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement lots = connection.prepareStatement("UPDATE PRK_LOT SET TOTAL_SPOTS = TOTAL_SPOTS + ?,"
                         + " AVAILABLE_SPOTS = AVAILABLE_SPOTS + ?, OCCUPIED_SPOTS = OCCUPIED_SPOTS + ? WHERE ID = ?")) {
                for (SpotInput s : inputs) {
                    insert.setString(1, s.id());
                    insert.setString(2, s.lotId());
                    insert.setString(3, s.groupId());
                    insert.setString(4, s.name() == null ? s.id() : s.name());
                    setDouble(insert, 5, s.latitude());
                    setDouble(insert, 6, s.longitude());
                    insert.setString(7, (s.status() == null ? SpotStatus.UNKNOWN : SpotStatus.fromWire(s.status())).wire());
                    // see SpotDirectory: a re-created spot must not match a cached version of its predecessor
                    insert.setLong(8, clock.now().toEpochMilli() * 1000);
                    insert.addBatch();
                }
                insert.executeBatch();
                for (Map.Entry<String, int[]> e : counts.entrySet()) {
                    lots.setInt(1, e.getValue()[0]);
                    lots.setInt(2, e.getValue()[1]);
                    lots.setInt(3, e.getValue()[2]);
                    lots.setString(4, e.getKey());
                    lots.addBatch();
                }
                lots.executeBatch();
            } catch (SQLException e) {
                if (Jdbc.isRetryable(e)) {
                    throw ProblemException.conflict("A spot of the request already exists.");
                }
                throw new IllegalStateException("spots cannot be written", e);
            }
            Map<String, Object> summary = new HashMap<>();
            counts.forEach((lot, c) -> summary.put(lot, c[0]));
            audit.record(new AuditEvent(actor.name(), CAPABILITY, "spots", inputs.get(0).id(), "create", null,
                    Map.of("spots", inputs.size(), "perLot", summary)));
        });
        inputs.forEach(s -> directory.put(s.id(), s.lotId()));
        return inputs.size();
    }

    /** Removes a spot; its lot's counts lose exactly what it contributed. */
    public void deleteSpot(String id, Actor actor) {
        jpa.tx(TransactionType.Required, em -> {
            Connection connection = Jdbc.connection(em);
            // spot row first, then its lot, in the order ingestion locks them
            try (PreparedStatement lock = connection.prepareStatement("UPDATE PRK_SPOT SET VERSION = VERSION + 1 WHERE ID = ?");
                 PreparedStatement lot = connection.prepareStatement("UPDATE PRK_LOT SET TOTAL_SPOTS = TOTAL_SPOTS - 1,"
                         + " AVAILABLE_SPOTS = AVAILABLE_SPOTS - ?, OCCUPIED_SPOTS = OCCUPIED_SPOTS - ? WHERE ID = ?");
                 PreparedStatement delete = connection.prepareStatement("DELETE FROM PRK_SPOT WHERE ID = ?")) {
                lock.setString(1, id);
                if (lock.executeUpdate() == 0) {
                    throw ProblemException.notFound("Spot", id);
                }
                SpotEntity s = em.find(SpotEntity.class, id);
                em.refresh(s);
                Spot before = view(s, Locale.ENGLISH);
                SpotStatus status = SpotStatus.fromWire(s.status);
                lot.setInt(1, status == SpotStatus.FREE ? 1 : 0);
                lot.setInt(2, status == SpotStatus.OCCUPIED ? 1 : 0);
                lot.setString(3, s.lotId);
                lot.executeUpdate();
                delete.setString(1, id);
                delete.executeUpdate();
                audit.record(new AuditEvent(actor.name(), CAPABILITY, "spot", id, "delete", before, null));
            } catch (SQLException e) {
                throw new IllegalStateException("spot cannot be deleted", e);
            }
        });
        directory.remove(id);
    }

    private static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    // ---- availability

    /** Open lots with free spots within the radius of a point, nearest first. Public. */
    public List<Availability> near(Double lat, Double lon, Double radius, Integer limit, Locale locale) {
        FieldErrors errors = new FieldErrors();
        errors.check(lat != null && lat >= -90 && lat <= 90, "lat", "is required, -90 to 90")
                .check(lon != null && lon >= -180 && lon <= 180, "lon", "is required, -180 to 180")
                .check(radius == null || radius > 0 && radius <= settings.maxRadiusMeters(), "radius",
                        "must be more than 0 and at most " + (long) settings.maxRadiusMeters() + " metres")
                .check(limit == null || limit >= 1 && limit <= PageRequest.MAX_LIMIT, "limit",
                        "must be between 1 and " + PageRequest.MAX_LIMIT)
                .throwIfAny();
        double r = radius == null ? 1000 : radius;
        double[] box = Geo.boundingBox(lat, lon, r);
        List<LotEntity> candidates = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "select l from LotEntity l where l.latitude between :s and :n and l.longitude between :w and :e"
                                + " and l.closed = :closed and l.availableSpots > 0", LotEntity.class)
                .setParameter("s", box[0]).setParameter("n", box[1]).setParameter("w", box[2]).setParameter("e", box[3])
                .setParameter("closed", false).getResultList());
        List<Availability> result = new ArrayList<>();
        for (var near : Geo.within(candidates, lat, lon, r, l -> l.latitude, l -> l.longitude, l -> l.id)) {
            LotEntity l = near.place();
            LotStatus status = LotStatus.of(l.closed, l.totalSpots, l.availableSpots);
            result.add(new Availability(l.id, l.name, l.latitude, l.longitude, Math.round(near.distanceMeters()),
                    l.totalSpots, l.availableSpots, status.wire(), Labels.of(locale, "lot.status." + status.wire()),
                    l.openingHours));
            if (result.size() == (limit == null ? 20 : limit)) {
                break;
            }
        }
        return result;
    }

    /** Lots whose counts differ from their spots (should be none), for the shell and the benchmark. */
    public Map<String, String> inconsistencies() {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, String> problems = new java.util.TreeMap<>();
            Map<String, long[]> bySpots = new HashMap<>();
            for (Object[] row : em.createQuery("select s.lotId, s.status, count(s) from SpotEntity s"
                    + " group by s.lotId, s.status", Object[].class).getResultList()) {
                long[] c = bySpots.computeIfAbsent((String) row[0], k -> new long[3]);
                long n = (Long) row[2];
                c[0] += n;
                if ("free".equals(row[1])) {
                    c[1] += n;
                } else if ("occupied".equals(row[1])) {
                    c[2] += n;
                }
            }
            for (LotEntity l : em.createQuery("select l from LotEntity l", LotEntity.class).getResultList()) {
                long[] c = bySpots.getOrDefault(l.id, new long[3]);
                if (c[0] != l.totalSpots || c[1] != l.availableSpots || c[2] != l.occupiedSpots) {
                    problems.put(l.id, "lot says " + l.totalSpots + "/" + l.availableSpots + "/" + l.occupiedSpots
                            + ", spots say " + c[0] + "/" + c[1] + "/" + c[2] + " (total/free/occupied)");
                }
            }
            return problems;
        });
    }

    public boolean isEmpty() {
        return jpa.txExpr(TransactionType.Supports, em ->
                em.createQuery("select count(l) from LotEntity l", Long.class).getSingleResult() == 0);
    }

    Instant now() {
        return clock.now();
    }
}
