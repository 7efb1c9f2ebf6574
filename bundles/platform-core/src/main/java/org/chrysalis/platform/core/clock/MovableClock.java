package org.chrysalis.platform.core.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

import org.chrysalis.platform.api.time.AdjustableClock;

/** The system clock plus an offset that tests and drills move forward (never backward). */
public class MovableClock implements AdjustableClock {

    private final InstantSource source;
    private volatile Duration offset = Duration.ZERO;

    public MovableClock() {
        this(InstantSource.system());
    }

    MovableClock(InstantSource source) {
        this.source = source;
    }

    @Override
    public Instant now() {
        return source.instant().plus(offset);
    }

    @Override
    public synchronized Duration advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward");
        }
        offset = offset.plus(by);
        return offset;
    }

    @Override
    public synchronized void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Duration offset() {
        return offset;
    }
}
