package org.chrysalis.parking.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.chrysalis.platform.api.problem.FieldError;

/**
 * The rules of ingesting a batch of observations, without a database: parse every item, reject
 * the malformed and those of unknown spots, ignore repeated event ids (seen before, the spot's
 * last one or earlier in the batch) and observations not newer than the spot's state, and work out each spot's final state
 * and each lot's exact change of free and occupied counts.
 */
public final class BatchPlan {

    public static final int MAX_ITEMS = 1000;

    private final List<ItemResult> rejected = new ArrayList<>();
    private final List<Indexed> valid = new ArrayList<>();
    private final Map<String, String> lotOfSpot = new HashMap<>();

    private BatchPlan() {
    }

    /** @param lotOfSpot the lot of a spot id, null for an unknown spot */
    public static BatchPlan of(List<RawObservation> items, Instant now, Function<String, String> lotOfSpot) {
        BatchPlan plan = new BatchPlan();
        for (int i = 0; i < items.size(); i++) {
            RawObservation raw = items.get(i);
            RawObservation.Parsed parsed = raw == null
                    ? new RawObservation.Parsed(null, List.of(new FieldError("", "must be an object")))
                    : raw.parse(now);
            String eventId = raw == null ? null : raw.eventId();
            if (!parsed.ok()) {
                plan.rejected.add(new ItemResult(i, eventId, ItemOutcome.REJECTED, parsed.errors()));
                continue;
            }
            String lot = lotOfSpot.apply(parsed.observation().spotId());
            if (lot == null) {
                plan.rejected.add(new ItemResult(i, eventId, ItemOutcome.REJECTED,
                        List.of(new FieldError("spotId", "no spot has this id"))));
                continue;
            }
            plan.lotOfSpot.put(parsed.observation().spotId(), lot);
            plan.valid.add(new Indexed(i, parsed.observation()));
        }
        return plan;
    }

    /** Event ids of the well-formed items, to look up in the store. */
    public Set<String> eventIds() {
        Set<String> ids = new LinkedHashSet<>();
        valid.forEach(v -> ids.add(v.observation.eventId()));
        return ids;
    }

    /** Spots of the well-formed items, sorted so concurrent batches lock them in the same order. */
    public Set<String> spotIds() {
        Set<String> ids = new java.util.TreeSet<>();
        valid.forEach(v -> ids.add(v.observation.spotId()));
        return ids;
    }

    public String lotOf(String spotId) {
        return lotOfSpot.get(spotId);
    }

    /**
     * @param seenEventIds event ids seen before (besides each spot's last one, which counts too)
     * @param current      the stored state of each spot of {@link #spotIds()}
     */
    public Decision decide(Set<String> seenEventIds, Map<String, SpotState> current) {
        Map<Integer, ItemResult> results = new TreeMap<>();
        rejected.forEach(r -> results.put(r.index(), r));
        Set<String> batchIds = new HashSet<>();
        Map<String, Observation> newest = new LinkedHashMap<>();
        List<Observation> recorded = new ArrayList<>();
        for (Indexed item : valid) {
            Observation o = item.observation;
            SpotState stored = current.get(o.spotId());
            if (stored == null) {
                // removed since the lookup
                results.put(item.index, new ItemResult(item.index, o.eventId(), ItemOutcome.REJECTED,
                        List.of(new FieldError("spotId", "no spot has this id"))));
                continue;
            }
            if (seenEventIds.contains(o.eventId()) || o.eventId().equals(stored.eventId()) || !batchIds.add(o.eventId())) {
                results.put(item.index, new ItemResult(item.index, o.eventId(), ItemOutcome.DUPLICATE, List.of()));
                continue;
            }
            recorded.add(o);
            if (!o.isNewerThan(stored)) {
                results.put(item.index, new ItemResult(item.index, o.eventId(), ItemOutcome.STALE, List.of()));
                continue;
            }
            results.put(item.index, new ItemResult(item.index, o.eventId(), ItemOutcome.APPLIED, List.of()));
            Observation before = newest.get(o.spotId());
            if (before == null || o.isNewerThan(before)) {
                newest.put(o.spotId(), o);
            }
        }
        List<SpotChange> changes = new ArrayList<>();
        newest.forEach((spot, o) -> changes.add(new SpotChange(spot, lotOfSpot.get(spot), current.get(spot), o)));
        changes.sort(java.util.Comparator.comparing(SpotChange::spotId));
        return new Decision(List.copyOf(results.values()), changes, recorded);
    }

    private record Indexed(int index, Observation observation) {
    }

    /** The answer for one item, by its position in the batch. */
    public record ItemResult(int index, String eventId, ItemOutcome outcome, List<FieldError> errors) {
    }

    /** A spot moving from its stored state to a newer observation. */
    public record SpotChange(String spotId, String lotId, SpotState before, Observation after) {

        public int freeDelta() {
            return SpotStatus.freeDelta(before == null ? null : before.status(), after.status());
        }

        public int occupiedDelta() {
            return SpotStatus.occupiedDelta(before == null ? null : before.status(), after.status());
        }
    }

    /** How a lot's counts change. */
    public record LotDelta(int free, int occupied) {
        LotDelta plus(SpotChange change) {
            return new LotDelta(free + change.freeDelta(), occupied + change.occupiedDelta());
        }
    }

    public record Decision(List<ItemResult> items, List<SpotChange> changes, List<Observation> recorded) {

        /** Per lot, sorted by lot id; lots whose counts do not move are left out. */
        public static Map<String, LotDelta> lotDeltas(List<SpotChange> changes) {
            Map<String, LotDelta> deltas = new TreeMap<>();
            for (SpotChange change : changes) {
                deltas.merge(change.lotId(), new LotDelta(0, 0).plus(change),
                        (a, b) -> new LotDelta(a.free() + b.free(), a.occupied() + b.occupied()));
            }
            deltas.values().removeIf(d -> d.free() == 0 && d.occupied() == 0);
            return deltas;
        }

        public long count(ItemOutcome outcome) {
            return items.stream().filter(i -> i.outcome() == outcome).count();
        }
    }
}
