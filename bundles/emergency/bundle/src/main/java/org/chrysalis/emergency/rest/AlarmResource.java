package org.chrysalis.emergency.rest;

import java.net.URI;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.chrysalis.emergency.domain.AlarmStatus;
import org.chrysalis.emergency.service.AlarmService;
import org.chrysalis.emergency.service.Views.ActionInput;
import org.chrysalis.emergency.service.Views.AlarmView;
import org.chrysalis.emergency.service.Views.RaiseInput;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.problem.Enums;
import org.chrysalis.platform.api.rest.Actors;

/**
 * Alarms under /api/v1/emergency/alarms. Enterprises raise them; each tier acts while the alarm is
 * at its tier (the domain checks which); integrators read.
 */
@Path("alarms")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "emergency-enterprise", "emergency-park", "emergency-center", "integrator"})
public class AlarmResource {

    private final AlarmService alarms;

    @Context
    private SecurityContext security;

    public AlarmResource(AlarmService alarms) {
        this.alarms = alarms;
    }

    @GET
    public Page<AlarmView> list(@QueryParam("status") String status, @QueryParam("drill") Boolean drill,
                                @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return alarms.list(Enums.parseOptional(AlarmStatus.class, "status", status), drill,
                PageRequest.of(offset, limit), Actors.of(security));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "emergency-enterprise"})
    public Response raise(RaiseInput input) {
        AlarmView raised = alarms.raise(input, Actors.of(security));
        return Response.created(URI.create("alarms/" + raised.id())).entity(raised).build();
    }

    @GET
    @Path("{id}")
    public AlarmView get(@PathParam("id") String id) {
        return alarms.get(id, Actors.of(security));
    }

    @POST
    @Path("{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "emergency-enterprise", "emergency-park", "emergency-center"})
    public AlarmView act(@PathParam("id") String id, ActionInput input) {
        return alarms.act(id, input, Actors.of(security));
    }
}
