package org.chrysalis.platform.api.time;

import java.time.Duration;

/** The platform clock as tests and drills see it: it can be moved forward and reset. */
public interface AdjustableClock extends PlatformClock {

    /** Moves "now" forward; returns the total offset from the system clock. */
    Duration advance(Duration by);

    void reset();

    Duration offset();
}
