package org.chrysalis.grid.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.chrysalis.grid.domain.IncidentStats;
import org.chrysalis.grid.service.StatsService;
import org.chrysalis.platform.api.rest.QueryParams;

/** Per grid and category over a date range: counts by status, time to close, deadlines kept. */
@Path("stats")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "dispatcher", "integrator"})
public class StatsResource {

    private final StatsService stats;

    public StatsResource(StatsService stats) {
        this.stats = stats;
    }

    @GET
    public IncidentStats stats(@QueryParam("grid") String grid, @QueryParam("category") String category,
                               @QueryParam("from") String from, @QueryParam("to") String to) {
        return stats.stats(grid, category, QueryParams.instant("from", from), QueryParams.instant("to", to));
    }
}
