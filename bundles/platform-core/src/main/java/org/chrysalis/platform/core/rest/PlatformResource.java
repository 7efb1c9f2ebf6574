package org.chrysalis.platform.core.rest;

import java.util.List;
import java.util.Map;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.chrysalis.platform.api.area.AreaService;
import org.chrysalis.platform.api.capability.CapabilityInfo;
import org.chrysalis.platform.api.capability.Health;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.rest.Actors;
import org.chrysalis.platform.api.security.Actor;
import org.chrysalis.platform.core.capability.CapabilityRegistry;
import org.chrysalis.platform.core.capability.CapabilityRegistry.PlatformHealth;
import org.chrysalis.platform.core.features.FeatureAdministration;

/** Health (public), the installed capabilities and who is signed in (any signed-in user). */
@Path("v1/platform")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformResource {

    private final CapabilityRegistry registry;
    private final AreaService areas;
    private final FeatureAdministration features;

    public PlatformResource(CapabilityRegistry registry, AreaService areas, FeatureAdministration features) {
        this.registry = registry;
        this.areas = areas;
        this.features = features;
    }

    @GET
    @Path("health")
    @PermitAll
    public Response health() {
        Health platform = databaseHealth();
        PlatformHealth health = registry.health(platform, features.installedCapabilities());
        // 503 only when this node cannot serve at all: a capability that is starting or broken
        // shows in the body, it does not take the whole platform out of a load balancer.
        return Response.status(platform.isUp() ? 200 : 503).entity(health).build();
    }

    @GET
    @Path("capabilities")
    public List<CapabilityInfo> capabilities() {
        return registry.list();
    }

    /**
     * The signed-in user and their roles, so a client (the web console) can check a password and
     * show only what the user may do.
     */
    @GET
    @Path("me")
    public Map<String, Object> me(@Context SecurityContext security) {
        Actor actor = Actors.of(security);
        return Map.of("user", actor.name(), "roles", actor.roles().stream().sorted().toList());
    }

    /** The platform is up when its database answers a query. */
    private Health databaseHealth() {
        try {
            areas.list(null, null, PageRequest.first(1));
            return Health.up();
        } catch (RuntimeException e) {
            return Health.down("database: " + e.getClass().getSimpleName());
        }
    }
}
