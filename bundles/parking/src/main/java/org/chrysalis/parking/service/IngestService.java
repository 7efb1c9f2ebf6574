package org.chrysalis.parking.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.parking.domain.BatchPlan;
import org.chrysalis.parking.domain.BatchPlan.Decision;
import org.chrysalis.parking.domain.BatchPlan.LotDelta;
import org.chrysalis.parking.domain.BatchPlan.SpotChange;
import org.chrysalis.parking.domain.ItemOutcome;
import org.chrysalis.parking.domain.Observation;
import org.chrysalis.parking.domain.RawObservation;
import org.chrysalis.parking.domain.SpotState;
import org.chrysalis.parking.domain.SpotStatus;
import org.chrysalis.parking.service.Views.IngestResult;
import org.chrysalis.parking.service.Views.ItemReport;
import org.chrysalis.platform.api.audit.AuditEvent;
import org.chrysalis.platform.api.audit.AuditService;
import org.chrysalis.platform.api.event.Topics;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.time.PlatformClock;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sensor observations into spot states and lot counts, one transaction per batch: the rules are
 * {@link BatchPlan}'s; this class only reads and writes in bulk on the transaction's connection.
 * Idempotency needs no table of event ids: a spot takes an observation only if it is strictly
 * newer than the one it has (by observed-at, then sequence), so a repeated event never changes
 * anything, on any node, after any restart. Recently seen ids are remembered in memory only to
 * tell the sender "duplicate" rather than "stale".
 * A spot is updated only if its row is still the version read (else it is read again and decided
 * again), so concurrent batches never double-count; the lot counts move by the exact delta of the
 * spots that really changed. One audit entry and one event per batch, not per item.
 */
public class IngestService {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    private static final int ATTEMPTS = 5;

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final PlatformClock clock;
    private final EventAdmin events;
    private final SpotDirectory directory;
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong observations = new AtomicLong();
    /**
     * Batches of this node write one at a time: they touch the same spots and every lot, so running
     * them side by side only makes them wait on each other's row locks (and risk deadlocks that
     * Derby detects only after its timeout). Other nodes are still safe: see the compare-and-set.
     */
    private final ReentrantLock writer = new ReentrantLock(true);
    private final RecentEvents recentEvents = new RecentEvents(RecentEvents.DEFAULT_CAPACITY);

    public IngestService(JpaTemplate jpa, AuditService audit, PlatformClock clock, EventAdmin events,
                         SpotDirectory directory) {
        this.jpa = jpa;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.directory = directory;
    }

    public long batchesIngested() {
        return batches.get();
    }

    public long observationsIngested() {
        return observations.get();
    }

    public IngestResult ingest(List<RawObservation> items, String actor) {
        if (items == null || items.isEmpty() || items.size() > BatchPlan.MAX_ITEMS) {
            throw ProblemException.invalid("observations", "between 1 and " + BatchPlan.MAX_ITEMS + " observations");
        }
        BatchPlan plan = BatchPlan.of(items, clock.now(), directory::lotOf);
        Decision decision = null;
        Map<String, LotDelta> deltas = new java.util.TreeMap<>();
        for (int attempt = 1; decision == null; attempt++) {
            writer.lock();
            try {
                Map<String, SpotState> committed = new HashMap<>();
                deltas.clear();
                decision = jpa.txExpr(TransactionType.Required, em -> write(Jdbc.connection(em), plan, committed, deltas));
                directory.cacheStates(committed);
            } catch (RuntimeException e) {
                plan.spotIds().forEach(directory::evictState);
                if (attempt >= ATTEMPTS || !Jdbc.isRetryable(e)) {
                    throw e;
                }
                LOG.debug("Observation batch collided with another one (attempt {}), running it again", attempt);
            } finally {
                writer.unlock();
            }
        }
        recentEvents.remember(decision.recorded());
        auditBatch(decision, deltas, items.size(), actor);
        batches.incrementAndGet();
        observations.addAndGet(decision.count(ItemOutcome.APPLIED));
        Map<String, Object> properties = new HashMap<>();
        properties.put(Topics.ACTOR, actor);
        properties.put(Topics.AT, clock.now().toString());
        properties.put("applied", decision.count(ItemOutcome.APPLIED));
        properties.put("lots", String.join(",", deltas.keySet()));
        events.postEvent(new Event(Topics.of(LotService.CAPABILITY, "observations", "INGESTED"), properties));
        List<ItemReport> reports = new ArrayList<>();
        for (BatchPlan.ItemResult r : decision.items()) {
            if (r.outcome() != ItemOutcome.APPLIED || items.size() == 1) {
                reports.add(new ItemReport(r.index(), r.eventId(), r.outcome().name(), r.errors()));
            }
        }
        return new IngestResult(items.size(), decision.count(ItemOutcome.APPLIED), decision.count(ItemOutcome.DUPLICATE),
                decision.count(ItemOutcome.STALE), decision.count(ItemOutcome.REJECTED), reports);
    }

    /**
     * @param committed filled with the spots' states as this transaction leaves them, for the cache
     * @param lotDeltas filled with how each lot's counts moved
     */
    private Decision write(Connection connection, BatchPlan plan, Map<String, SpotState> committed,
                           Map<String, LotDelta> lotDeltas) {
        try {
            Instant now = clock.now();
            Set<String> seen = recentEvents.seen(plan.eventIds());
            Map<String, SpotState> states = new HashMap<>();
            Set<String> unknown = new java.util.TreeSet<>();
            for (String spot : plan.spotIds()) {
                SpotState cached = directory.cachedState(spot);
                if (cached == null) {
                    unknown.add(spot);
                } else {
                    states.put(spot, cached);
                }
            }
            states.putAll(spotStates(connection, unknown));
            Decision decision = plan.decide(seen, states);
            List<SpotChange> applied = new ArrayList<>();
            List<SpotChange> pending = decision.changes();
            for (int round = 0; !pending.isEmpty(); round++) {
                if (round == 10) {
                    throw new IllegalStateException("spots keep changing under this batch");
                }
                Set<String> lost = updateSpots(connection, pending, applied);
                if (lost.isEmpty()) {
                    break;
                }
                // another batch changed these spots since they were read: read them again and decide again
                states.putAll(spotStates(connection, lost));
                decision = plan.decide(seen, states);
                pending = decision.changes().stream().filter(c -> lost.contains(c.spotId())).toList();
            }
            committed.putAll(states);
            for (SpotChange c : applied) {
                Observation o = c.after();
                committed.put(c.spotId(), new SpotState(o.status(), o.observedAt(), o.sequence(), o.eventId(),
                        c.before().version() + 1));
            }
            Map<String, LotDelta> deltas = Decision.lotDeltas(applied);
            lotDeltas.putAll(deltas);
            Set<String> lots = new java.util.TreeSet<>();
            decision.changes().forEach(c -> lots.add(c.lotId()));
            deltas.keySet().forEach(lots::add);
            updateLots(connection, lots, deltas, now);
            sampleOccupancy(connection, lots, now);
            return decision;
        } catch (SQLException e) {
            throw new IngestFailure(e);
        }
    }

    /**
     * One audit entry per batch, recorded right after the batch commits, in a transaction of its own:
     * joining the batch's transaction would make every batch a two-phase commit over two connections,
     * which costs more than the batch itself.
     */
    private void auditBatch(Decision decision, Map<String, LotDelta> deltas, int received, String actor) {
        Instant now = clock.now();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("received", received);
        summary.put("applied", decision.count(ItemOutcome.APPLIED));
        summary.put("duplicate", decision.count(ItemOutcome.DUPLICATE));
        summary.put("stale", decision.count(ItemOutcome.STALE));
        summary.put("rejected", decision.count(ItemOutcome.REJECTED));
        Map<String, String> lotChanges = new LinkedHashMap<>();
        deltas.forEach((lot, d) ->
                lotChanges.put(lot, "free " + signed(d.free()) + ", occupied " + signed(d.occupied())));
        summary.put("lots", lotChanges);
        audit.record(new AuditEvent(actor, LotService.CAPABILITY, "observations", "batch-" + now.toEpochMilli(),
                "ingest", null, summary));
    }

    private static String signed(int n) {
        return n >= 0 ? "+" + n : String.valueOf(n);
    }

    private static Map<String, SpotState> spotStates(Connection connection, Set<String> spotIds) throws SQLException {
        Map<String, SpotState> states = new HashMap<>();
        if (spotIds.isEmpty()) {
            return states;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT ID, STATUS, OBSERVED_AT, SEQ, EVENT_ID, VERSION"
                + " FROM PRK_SPOT WHERE ID IN " + Jdbc.inList(Jdbc.IN_CHUNK))) {
            for (List<String> chunk : Jdbc.chunks(spotIds)) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Timestamp at = rows.getTimestamp(3);
                        long seq = rows.getLong(4);
                        states.put(rows.getString(1), new SpotState(SpotStatus.fromWire(rows.getString(2)),
                                at == null ? null : at.toInstant(), rows.wasNull() ? null : seq, rows.getString(5),
                                rows.getLong(6)));
                    }
                }
            }
        }
        return states;
    }

    /** Compare-and-set on each spot's version; returns the spots another transaction changed first. */
    private static Set<String> updateSpots(Connection connection, List<SpotChange> changes, List<SpotChange> applied)
            throws SQLException {
        Set<String> lost = new HashSet<>();
        try (PreparedStatement update = connection.prepareStatement("UPDATE PRK_SPOT SET STATUS = ?, OBSERVED_AT = ?,"
                + " SEQ = ?, EVENT_ID = ?, DEVICE_ID = ?, VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?")) {
            for (SpotChange change : changes) {
                Observation o = change.after();
                update.setString(1, o.status().wire());
                update.setTimestamp(2, Timestamp.from(o.observedAt()));
                if (o.sequence() == null) {
                    update.setNull(3, Types.BIGINT);
                } else {
                    update.setLong(3, o.sequence());
                }
                update.setString(4, o.eventId());
                update.setString(5, o.deviceId());
                update.setString(6, change.spotId());
                update.setLong(7, change.before() == null ? 0 : change.before().version());
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    lost.add(changes.get(i).spotId());
                } else {
                    applied.add(changes.get(i));
                }
            }
        }
        return lost;
    }

    private static void updateLots(Connection connection, Set<String> lots, Map<String, LotDelta> deltas, Instant now)
            throws SQLException {
        if (lots.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE PRK_LOT SET AVAILABLE_SPOTS = AVAILABLE_SPOTS + ?,"
                + " OCCUPIED_SPOTS = OCCUPIED_SPOTS + ?, OCCUPANCY_MODIFIED = ? WHERE ID = ?")) {
            Timestamp at = Timestamp.from(now);
            for (String lot : lots) {
                LotDelta d = deltas.getOrDefault(lot, new LotDelta(0, 0));
                update.setInt(1, d.free());
                update.setInt(2, d.occupied());
                update.setTimestamp(3, at);
                update.setString(4, lot);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** One occupancy sample per lot and batch into the lot's current hour (the lot rows are locked by now). */
    private static void sampleOccupancy(Connection connection, Set<String> lots, Instant now) throws SQLException {
        if (lots.isEmpty()) {
            return;
        }
        Timestamp hour = Timestamp.from(now.truncatedTo(ChronoUnit.HOURS));
        Map<String, int[]> counts = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ID, TOTAL_SPOTS, OCCUPIED_SPOTS FROM PRK_LOT"
                + " WHERE ID IN " + Jdbc.inList(Jdbc.IN_CHUNK))) {
            for (List<String> chunk : Jdbc.chunks(lots)) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        counts.put(rows.getString(1), new int[] {rows.getInt(2), rows.getInt(3)});
                    }
                }
            }
        }
        List<String> missing = new ArrayList<>();
        try (PreparedStatement update = connection.prepareStatement("UPDATE PRK_OCC_HOUR SET SAMPLES = SAMPLES + 1,"
                + " OCCUPIED_SUM = OCCUPIED_SUM + ?, MAX_OCCUPIED = CASE WHEN MAX_OCCUPIED < ? THEN ? ELSE MAX_OCCUPIED END,"
                + " TOTAL_SPOTS = ? WHERE LOT_ID = ? AND HOUR_START = ?")) {
            List<String> order = new ArrayList<>(lots);
            for (String lot : order) {
                int[] c = counts.getOrDefault(lot, new int[2]);
                update.setLong(1, c[1]);
                update.setInt(2, c[1]);
                update.setInt(3, c[1]);
                update.setInt(4, c[0]);
                update.setString(5, lot);
                update.setTimestamp(6, hour);
                update.addBatch();
            }
            int[] updated = update.executeBatch();
            for (int i = 0; i < updated.length; i++) {
                if (updated[i] == 0) {
                    missing.add(order.get(i));
                }
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO PRK_OCC_HOUR (LOT_ID, HOUR_START, SAMPLES,"
                + " OCCUPIED_SUM, MAX_OCCUPIED, TOTAL_SPOTS) VALUES (?, ?, 1, ?, ?, ?)")) {
            for (String lot : missing) {
                int[] c = counts.getOrDefault(lot, new int[2]);
                insert.setString(1, lot);
                insert.setTimestamp(2, hour);
                insert.setLong(3, c[1]);
                insert.setInt(4, c[1]);
                insert.setInt(5, c[0]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** A database failure, kept with its SQL state so a colliding batch can run again. */
    static final class IngestFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        IngestFailure(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
