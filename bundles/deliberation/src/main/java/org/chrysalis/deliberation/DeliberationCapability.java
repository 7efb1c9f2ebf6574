package org.chrysalis.deliberation;

import java.util.Map;

import org.chrysalis.deliberation.service.RegisterService;
import org.chrysalis.platform.api.capability.Capability;
import org.chrysalis.platform.api.capability.Health;

/** Village deliberation as the platform lists it. */
public class DeliberationCapability implements Capability {

    private final RegisterService register;
    private final String version;

    /** @param version the bundle's version (an OSGi Version; only its text is kept) */
    public DeliberationCapability(RegisterService register, Object version) {
        this.register = register;
        this.version = String.valueOf(version);
    }

    @Override
    public String id() {
        return "deliberation";
    }

    @Override
    public String name() {
        return "村级议事协商 Village deliberation";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String description() {
        return "Villagers raise and co-sign topics; the committee holds meetings; secret votes decide;"
                + " resolutions are published for objections and followed up until implemented.";
    }

    @Override
    public Health health() {
        try {
            return Health.up(Map.of("villagers", register.villagers(null,
                    org.chrysalis.platform.api.paging.PageRequest.first(1)).total()));
        } catch (RuntimeException e) {
            return Health.down("database: " + e.getClass().getSimpleName());
        }
    }
}
