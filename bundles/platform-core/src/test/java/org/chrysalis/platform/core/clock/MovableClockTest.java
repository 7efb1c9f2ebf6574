package org.chrysalis.platform.core.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

import org.junit.jupiter.api.Test;

class MovableClockTest {

    private final Instant start = Instant.parse("2026-11-27T00:00:00Z");
    private final MovableClock clock = new MovableClock(InstantSource.fixed(start));

    @Test
    void movesForwardAndResets() {
        clock.advance(Duration.ofHours(48));
        clock.advance(Duration.ofMinutes(30));
        assertThat(clock.now()).isEqualTo(start.plus(Duration.ofMinutes(48 * 60 + 30)));
        clock.reset();
        assertThat(clock.now()).isEqualTo(start);
    }

    @Test
    void neverMovesBackward() {
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
