package org.chrysalis.platform.api.time;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The platform's notion of "now". Deadlines, SLAs and escalations read it instead of the system
 * clock, so tests and drills can move time forward ({@code chrysalis:clock --advance PT48H}).
 */
public interface PlatformClock {

    /** Where people who use the platform live; instants are shown in this zone. */
    ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");

    Instant now();
}
