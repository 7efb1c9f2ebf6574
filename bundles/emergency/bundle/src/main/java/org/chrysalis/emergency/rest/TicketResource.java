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

import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.problem.Enums;
import org.chrysalis.platform.api.rest.Actors;
import org.chrysalis.emergency.domain.ActionRequest;
import org.chrysalis.emergency.domain.NewTicket;
import org.chrysalis.emergency.domain.TicketStatus;
import org.chrysalis.emergency.domain.TicketView;
import org.chrysalis.emergency.service.TicketService;

/** Tickets under /api/v1/emergency/tickets. Workers and administrators write; integrators read. */
@Path("tickets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "emergency-worker", "integrator"})
public class TicketResource {

    private final TicketService tickets;

    @Context
    private SecurityContext security;

    public TicketResource(TicketService tickets) {
        this.tickets = tickets;
    }

    @GET
    public Page<TicketView> list(@QueryParam("status") String status, @QueryParam("offset") Integer offset,
                                 @QueryParam("limit") Integer limit) {
        return tickets.list(Enums.parseOptional(TicketStatus.class, "status", status), PageRequest.of(offset, limit),
                Actors.of(security));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "emergency-worker"})
    public Response open(NewTicket input) {
        TicketView created = tickets.open(input == null ? new NewTicket(null, null) : input, Actors.of(security));
        return Response.created(URI.create("tickets/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public TicketView get(@PathParam("id") long id) {
        return tickets.get(id, Actors.of(security));
    }

    @POST
    @Path("{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "emergency-worker"})
    public TicketView act(@PathParam("id") long id, ActionRequest request) {
        return tickets.act(id, request, Actors.of(security));
    }
}
