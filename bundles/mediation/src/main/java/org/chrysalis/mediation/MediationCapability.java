package org.chrysalis.mediation;

import java.util.Map;

import org.chrysalis.mediation.service.RosterService;
import org.chrysalis.platform.api.capability.Capability;
import org.chrysalis.platform.api.capability.Health;

/** Consumer-dispute mediation as the platform lists it. */
public class MediationCapability implements Capability {

    private final RosterService roster;
    private final String version;

    /** @param version the bundle's version (an OSGi Version; only its text is kept) */
    public MediationCapability(RosterService roster, Object version) {
        this.roster = roster;
        this.version = String.valueOf(version);
    }

    @Override
    public String id() {
        return "mediation";
    }

    @Override
    public String name() {
        return "消费纠纷诉前调解 Consumer-dispute mediation";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String description() {
        return "Consumer disputes filed, screened, assigned by rotation, mediated within a deadline, agreed or referred.";
    }

    @Override
    public Health health() {
        try {
            return Health.up(Map.of("mediators", roster.mediators(null).size()));
        } catch (RuntimeException e) {
            return Health.down("database: " + e.getClass().getSimpleName());
        }
    }
}
