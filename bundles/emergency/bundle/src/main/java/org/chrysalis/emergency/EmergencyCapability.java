package org.chrysalis.emergency;

import java.util.Map;

import org.chrysalis.platform.api.capability.Capability;
import org.chrysalis.platform.api.capability.Health;
import org.chrysalis.emergency.service.AlarmService;

/** This capability as the platform lists it under /api/v1/platform/capabilities. */
public class EmergencyCapability implements Capability {

    private final AlarmService alarms;
    private final String version;

    /** @param version the bundle's version (an OSGi Version; only its text is kept) */
    public EmergencyCapability(AlarmService alarms, Object version) {
        this.alarms = alarms;
        this.version = String.valueOf(version);
    }

    @Override
    public String id() {
        return "emergency";
    }

    @Override
    public String name() {
        return "三级应急救援 Three-tier emergency rescue (pilot)";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String description() {
        return "Chemical-park alarms: enterprise self-rescue in 1 minute, park rescue in 5, new-area rescue in 10, escalated automatically.";
    }

    @Override
    public Health health() {
        try {
            return Health.up(Map.of("alarms", alarms.count()));
        } catch (RuntimeException e) {
            return Health.down("database: " + e.getClass().getSimpleName());
        }
    }
}
