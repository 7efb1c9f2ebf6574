package ${package};

import java.util.Map;

import org.chrysalis.platform.api.capability.Capability;
import org.chrysalis.platform.api.capability.Health;
import ${package}.service.TicketService;

/** This capability as the platform lists it under /api/v1/platform/capabilities. */
public class ${className}Capability implements Capability {

    private final TicketService tickets;
    private final String version;

    /** @param version the bundle's version (an OSGi Version; only its text is kept) */
    public ${className}Capability(TicketService tickets, Object version) {
        this.tickets = tickets;
        this.version = String.valueOf(version);
    }

    @Override
    public String id() {
        return "${capabilityId}";
    }

    @Override
    public String name() {
        return "${className}";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String description() {
        return "${className} capability plugin";
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
