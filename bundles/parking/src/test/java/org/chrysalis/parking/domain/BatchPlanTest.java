package org.chrysalis.parking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.chrysalis.parking.domain.BatchPlan.Decision;
import org.chrysalis.parking.domain.BatchPlan.LotDelta;
import org.chrysalis.parking.domain.BatchPlan.SpotChange;
import org.chrysalis.platform.api.problem.FieldError;
import org.junit.jupiter.api.Test;

class BatchPlanTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final Map<String, String> LOTS = Map.of("A-1", "A", "A-2", "A", "B-1", "B");

    private static RawObservation obs(String event, String spot, String status, int minute) {
        return new RawObservation(event, spot, status, NOW.minusSeconds(3600 - minute * 60L).toString(), "dev-1", null);
    }

    private static SpotState at(SpotStatus status, int minute) {
        return new SpotState(status, NOW.minusSeconds(3600 - minute * 60L), null, "old", 3);
    }

    private static Decision decide(List<RawObservation> items, Set<String> seen, Map<String, SpotState> current) {
        return BatchPlan.of(items, NOW, LOTS::get).decide(seen, current);
    }

    private static Map<String, SpotState> fresh() {
        Map<String, SpotState> states = new HashMap<>();
        LOTS.keySet().forEach(s -> states.put(s, new SpotState(SpotStatus.UNKNOWN, null, null, null, 0)));
        return states;
    }

    @Test
    void observationsInOrderEndInTheNewestStateAndMoveTheLotByTheNetChange() {
        Map<String, SpotState> current = fresh();
        current.put("A-1", at(SpotStatus.FREE, 0));
        Decision d = decide(List.of(obs("e1", "A-1", "occupied", 1), obs("e2", "A-1", "free", 2),
                obs("e3", "A-1", "occupied", 3)), Set.of(), current);
        assertThat(d.count(ItemOutcome.APPLIED)).isEqualTo(3);
        assertThat(d.changes()).singleElement().satisfies(c -> {
            assertThat(c.after().eventId()).isEqualTo("e3");
            assertThat(c.freeDelta()).isEqualTo(-1);
            assertThat(c.occupiedDelta()).isEqualTo(1);
            assertThat(c.before().version()).isEqualTo(3);
        });
        assertThat(Decision.lotDeltas(d.changes())).containsExactly(Map.entry("A", new LotDelta(-1, 1)));
    }

    @Test
    void aRepeatedEventIdChangesNothing() {
        Map<String, SpotState> current = fresh();
        current.put("A-1", at(SpotStatus.FREE, 0));
        Decision stored = decide(List.of(obs("e1", "A-1", "occupied", 5)), Set.of("e1"), current);
        assertThat(stored.items()).extracting(BatchPlan.ItemResult::outcome).containsExactly(ItemOutcome.DUPLICATE);
        assertThat(stored.changes()).isEmpty();
        assertThat(stored.recorded()).isEmpty();

        Decision inBatch = decide(List.of(obs("e2", "A-1", "occupied", 5), obs("e2", "A-1", "free", 6)), Set.of(), current);
        assertThat(inBatch.items()).extracting(BatchPlan.ItemResult::outcome)
                .containsExactly(ItemOutcome.APPLIED, ItemOutcome.DUPLICATE);
        assertThat(inBatch.changes()).singleElement().satisfies(c -> assertThat(c.after().status()).isEqualTo(SpotStatus.OCCUPIED));
        assertThat(inBatch.recorded()).hasSize(1);
    }

    @Test
    void theSpotsOwnLastEventRepeatedIsADuplicateWithoutAnyMemoryOfIds() {
        Map<String, SpotState> current = fresh();
        Instant at = NOW.minusSeconds(600);
        current.put("A-1", new SpotState(SpotStatus.OCCUPIED, at, null, "last", 4));
        Decision d = decide(List.of(new RawObservation("last", "A-1", "occupied", at.toString(), null, null)), Set.of(),
                current);
        assertThat(d.items()).extracting(BatchPlan.ItemResult::outcome).containsExactly(ItemOutcome.DUPLICATE);
        assertThat(d.changes()).isEmpty();
    }

    @Test
    void anOlderObservationNeverOverwritesANewerOne() {
        Map<String, SpotState> current = fresh();
        current.put("A-1", at(SpotStatus.OCCUPIED, 30));
        Decision d = decide(List.of(obs("late", "A-1", "free", 10), obs("same-time", "A-1", "free", 30)), Set.of(), current);
        assertThat(d.items()).extracting(BatchPlan.ItemResult::outcome).containsExactly(ItemOutcome.STALE, ItemOutcome.STALE);
        assertThat(d.changes()).isEmpty();
        // stale events are still remembered, so their repetition is a duplicate
        assertThat(d.recorded()).extracting(Observation::eventId).containsExactly("late", "same-time");
    }

    @Test
    void outOfOrderItemsOfOneBatchKeepTheNewest() {
        Decision d = decide(List.of(obs("e3", "B-1", "occupied", 30), obs("e1", "B-1", "free", 10),
                obs("e2", "B-1", "closed", 20)), Set.of(), fresh());
        assertThat(d.changes()).singleElement().satisfies(c -> assertThat(c.after().eventId()).isEqualTo("e3"));
        assertThat(Decision.lotDeltas(d.changes())).containsExactly(Map.entry("B", new LotDelta(0, 1)));
    }

    @Test
    void aDeviceSequenceBreaksTiesOfTheSameInstant() {
        String t = NOW.minusSeconds(60).toString();
        Map<String, SpotState> current = fresh();
        current.put("A-2", new SpotState(SpotStatus.FREE, Instant.parse(t), 7L, "x", 1));
        Decision d = decide(List.of(new RawObservation("s6", "A-2", "occupied", t, "d", "6"),
                new RawObservation("s8", "A-2", "occupied", t, "d", "8")), Set.of(), current);
        assertThat(d.items()).extracting(BatchPlan.ItemResult::outcome).containsExactly(ItemOutcome.STALE, ItemOutcome.APPLIED);
    }

    @Test
    void malformedItemsAndUnknownSpotsAreRejectedOneByOneWithTheirReasons() {
        List<RawObservation> items = new ArrayList<>();
        items.add(obs("ok", "A-1", "occupied", 1));
        items.add(new RawObservation("bad-status", "A-2", "parked", NOW.toString(), null, null));
        items.add(new RawObservation("bad-time", "A-2", "free", "yesterday", null, null));
        items.add(new RawObservation(null, "A-2", "free", NOW.toString(), null, "x"));
        items.add(obs("unknown", "Z-9", "free", 1));
        items.add(new RawObservation("future", "A-2", "free", NOW.plusSeconds(3600).toString(), null, null));
        items.add(null);
        Decision d = decide(items, Set.of(), fresh());
        assertThat(d.items()).extracting(BatchPlan.ItemResult::outcome).containsExactly(ItemOutcome.APPLIED,
                ItemOutcome.REJECTED, ItemOutcome.REJECTED, ItemOutcome.REJECTED, ItemOutcome.REJECTED,
                ItemOutcome.REJECTED, ItemOutcome.REJECTED);
        assertThat(d.items().get(1).errors()).extracting(FieldError::field).containsExactly("status");
        assertThat(d.items().get(2).errors()).extracting(FieldError::field).containsExactly("observedAt");
        assertThat(d.items().get(3).errors()).extracting(FieldError::field).containsExactly("eventId", "sequence");
        assertThat(d.items().get(4).errors()).extracting(FieldError::message).containsExactly("no spot has this id");
        assertThat(d.items().get(5).errors()).extracting(FieldError::message).containsExactly("is in the future");
        assertThat(d.changes()).hasSize(1);
    }

    @Test
    void spotsAreListedSortedSoConcurrentBatchesLockInOneOrder() {
        BatchPlan plan = BatchPlan.of(List.of(obs("1", "B-1", "free", 1), obs("2", "A-2", "free", 1),
                obs("3", "A-1", "free", 1)), NOW, LOTS::get);
        assertThat(plan.spotIds()).containsExactly("A-1", "A-2", "B-1");
        assertThat(plan.eventIds()).containsExactly("1", "2", "3");
        assertThat(plan.lotOf("B-1")).isEqualTo("B");
    }

    /**
     * Thousands of random observations, repeated and shuffled across batches: the lot counts kept by
     * deltas always equal a recount of the spots, and each spot ends in its newest observation.
     */
    @Test
    void lotCountsKeptByDeltasAlwaysEqualARecount() {
        Random random = new Random(42);
        Map<String, String> lots = new HashMap<>();
        for (int i = 0; i < 60; i++) {
            lots.put("S" + i, "L" + (i % 4));
        }
        Map<String, SpotState> states = new HashMap<>();
        lots.keySet().forEach(s -> states.put(s, new SpotState(SpotStatus.UNKNOWN, null, null, null, 0)));
        Map<String, int[]> counts = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<RawObservation> all = new ArrayList<>();
        SpotStatus[] statuses = SpotStatus.values();
        for (int i = 0; i < 5000; i++) {
            all.add(new RawObservation("ev" + i, "S" + random.nextInt(60), statuses[random.nextInt(4)].wire(),
                    NOW.minusSeconds(5000 - i).toString(), "d", null));
        }
        Map<String, RawObservation> newest = new HashMap<>();
        for (RawObservation o : all) {
            newest.merge(o.spotId(), o, (a, b) -> Instant.parse(a.observedAt()).compareTo(Instant.parse(b.observedAt())) >= 0 ? a : b);
        }
        for (int round = 0; round < 3; round++) {
            List<RawObservation> shuffled = new ArrayList<>(all);
            java.util.Collections.shuffle(shuffled, random);
            for (int from = 0; from < shuffled.size(); from += 250) {
                List<RawObservation> batch = shuffled.subList(from, Math.min(shuffled.size(), from + 250));
                Decision d = BatchPlan.of(batch, NOW, lots::get).decide(seen, states);
                d.recorded().forEach(o -> seen.add(o.eventId()));
                for (SpotChange c : d.changes()) {
                    states.put(c.spotId(), new SpotState(c.after().status(), c.after().observedAt(), null,
                            c.after().eventId(), c.before().version() + 1));
                }
                Decision.lotDeltas(d.changes()).forEach((lot, delta) -> {
                    int[] c = counts.computeIfAbsent(lot, k -> new int[2]);
                    c[0] += delta.free();
                    c[1] += delta.occupied();
                });
                Map<String, int[]> recount = new HashMap<>();
                states.forEach((spot, s) -> {
                    int[] c = recount.computeIfAbsent(lots.get(spot), k -> new int[2]);
                    c[0] += s.status() == SpotStatus.FREE ? 1 : 0;
                    c[1] += s.status() == SpotStatus.OCCUPIED ? 1 : 0;
                });
                recount.forEach((lot, c) -> assertThat(counts.getOrDefault(lot, new int[2])).as(lot).containsExactly(c));
            }
            if (round > 0) {
                assertThat(BatchPlan.of(all.subList(0, 100), NOW, lots::get).decide(seen, states).count(ItemOutcome.DUPLICATE))
                        .isEqualTo(100);
            }
        }
        newest.forEach((spot, o) -> assertThat(states.get(spot).eventId()).as(spot).isEqualTo(o.eventId()));
    }
}
