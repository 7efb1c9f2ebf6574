package org.chrysalis.campaigns;

import java.util.Map;

import org.chrysalis.campaigns.service.CampaignService;
import org.chrysalis.platform.api.capability.Capability;
import org.chrysalis.platform.api.capability.Health;

/** Special rectification campaigns as the platform lists them. */
public class CampaignsCapability implements Capability {

    private final CampaignService campaigns;
    private final String version;

    /** @param version the bundle's version (an OSGi Version; only its text is kept) */
    public CampaignsCapability(CampaignService campaigns, Object version) {
        this.campaigns = campaigns;
        this.version = String.valueOf(version);
    }

    @Override
    public String id() {
        return CampaignService.CAPABILITY;
    }

    @Override
    public String name() {
        return "“10+N”专项整治 Special rectification campaigns";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String description() {
        return "Ten standing key areas plus ad-hoc campaigns: inspections, rectification tasks with deadlines,"
                + " supervision of overdue tasks, progress and department assessment.";
    }

    @Override
    public Health health() {
        try {
            return Health.up(Map.of("keyAreas", campaigns.keyAreaCount()));
        } catch (RuntimeException e) {
            return Health.down("database: " + e.getClass().getSimpleName());
        }
    }
}
