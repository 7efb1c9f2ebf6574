package org.chrysalis.grid.rest;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.chrysalis.grid.domain.ActionRequest;
import org.chrysalis.grid.domain.IncidentStatus;
import org.chrysalis.grid.service.IncidentService;
import org.chrysalis.grid.service.Views.HistoryEntry;
import org.chrysalis.grid.service.Views.IncidentFilter;
import org.chrysalis.grid.service.Views.IncidentView;
import org.chrysalis.grid.service.Views.ReportInput;
import org.chrysalis.grid.service.Views.Reported;
import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.rest.Actors;
import org.chrysalis.platform.api.rest.QueryParams;

/**
 * Incidents: grid workers, dispatchers and administrators report and act; integrators read.
 * Which action a user may take is the lifecycle's decision (403 or 409 with the allowed actions).
 */
@Path("incidents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "dispatcher", "grid-worker", "integrator"})
public class IncidentsResource {

    private final IncidentService incidents;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    public IncidentsResource(IncidentService incidents) {
        this.incidents = incidents;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "dispatcher", "grid-worker"})
    public Response report(ReportInput input) {
        Reported reported = incidents.report(input, Actors.of(security), "REST", locale());
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(reported.incident().id())).build();
        return Response.created(location).entity(reported).build();
    }

    @GET
    public Page<IncidentView> list(@QueryParam("status") IncidentStatus status, @QueryParam("grid") String grid,
                                   @QueryParam("category") String category, @QueryParam("from") String from,
                                   @QueryParam("to") String to, @QueryParam("overdue") Boolean overdue,
                                   @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        IncidentFilter filter = new IncidentFilter(status, grid, category, QueryParams.instant("from", from), QueryParams.instant("to", to),
                overdue);
        return incidents.list(filter, PageRequest.of(offset, limit), Actors.of(security), locale());
    }

    @GET
    @Path("{id}")
    public IncidentView get(@PathParam("id") long id) {
        return incidents.get(id, Actors.of(security), locale());
    }

    @GET
    @Path("{id}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return incidents.history(id);
    }

    @POST
    @Path("{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "dispatcher", "grid-worker"})
    public IncidentView act(@PathParam("id") long id, ActionRequest action) {
        return incidents.act(id, action, Actors.of(security), locale());
    }

    private Locale locale() {
        return Locales.pick(headers.getAcceptableLanguages());
    }
}
