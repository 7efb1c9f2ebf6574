package org.chrysalis.emergency;

import java.util.Map;

import org.chrysalis.platform.api.capability.Capability;
import org.chrysalis.platform.api.capability.Health;
import org.chrysalis.emergency.service.TicketService;

/** This capability as the platform lists it under /api/v1/platform/capabilities. */
public class EmergencyCapability implements Capability {

    private final TicketService tickets;
    private final String version;

    /** @param version the bundle's version (an OSGi Version; only its text is kept) */
    public EmergencyCapability(TicketService tickets, Object version) {
        this.tickets = tickets;
        this.version = String.valueOf(version);
    }

    @Override
    public String id() {
        return "emergency";
    }

    @Override
    public String name() {
        return "Emergency";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String description() {
        return "Emergency capability plugin";
    }

    @Override
    public Health health() {
        try {
            return Health.up(Map.of("tickets", tickets.count()));
        } catch (RuntimeException e) {
            return Health.down("database: " + e.getClass().getSimpleName());
        }
    }
}
