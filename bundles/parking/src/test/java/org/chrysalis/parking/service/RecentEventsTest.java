package org.chrysalis.parking.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.chrysalis.parking.domain.Observation;
import org.chrysalis.parking.domain.SpotStatus;
import org.junit.jupiter.api.Test;

class RecentEventsTest {

    private static Observation event(String id) {
        return new Observation(id, "S-1", SpotStatus.FREE, Instant.EPOCH, null, null);
    }

    @Test
    void remembersTheNewestIdsUpToItsCapacity() {
        RecentEvents recent = new RecentEvents(3);
        recent.remember(List.of(event("a"), event("b"), event("c")));
        assertThat(recent.seen(List.of("a", "b", "x"))).containsExactlyInAnyOrder("a", "b");
        recent.remember(List.of(event("d")));
        assertThat(recent.seen(List.of("a", "b", "c", "d"))).containsExactlyInAnyOrder("b", "c", "d");
    }
}
