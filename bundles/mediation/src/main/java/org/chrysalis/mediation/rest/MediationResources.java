package org.chrysalis.mediation.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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

import org.chrysalis.mediation.domain.ActionRequest;
import org.chrysalis.mediation.domain.DisputeCategory;
import org.chrysalis.mediation.domain.DisputeFiling;
import org.chrysalis.mediation.domain.DisputeStats;
import org.chrysalis.mediation.domain.DisputeStatus;
import org.chrysalis.mediation.domain.MediatorState;
import org.chrysalis.mediation.service.CaseService;
import org.chrysalis.mediation.service.RosterService;
import org.chrysalis.mediation.service.StatsService;
import org.chrysalis.mediation.service.Views.CaseFilter;
import org.chrysalis.mediation.service.Views.CaseView;
import org.chrysalis.mediation.service.Views.HistoryEntry;
import org.chrysalis.mediation.service.Views.Mediator;
import org.chrysalis.mediation.service.Views.Organisation;
import org.chrysalis.mediation.service.Views.SessionView;
import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.rest.Actors;
import org.chrysalis.platform.api.rest.QueryParams;
import org.chrysalis.platform.api.time.PlatformClock;

/**
 * Roster and cases. Administrators keep the roster and see every case; mediators see and work
 * their own cases; integrators read.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "mediator", "integrator"})
public class MediationResources {

    private final RosterService roster;
    private final CaseService cases;
    private final StatsService stats;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    public MediationResources(RosterService roster, CaseService cases, StatsService stats) {
        this.roster = roster;
        this.cases = cases;
        this.stats = stats;
    }

    @GET
    @Path("organisations")
    public List<Organisation> organisations() {
        return roster.organisations();
    }

    @POST
    @Path("organisations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Response createOrganisation(Organisation input) {
        return Response.status(201).entity(roster.createOrganisation(input, Actors.of(security))).build();
    }

    @GET
    @Path("mediators")
    public List<Mediator> mediators(@QueryParam("organisation") String organisation) {
        return roster.mediators(organisation);
    }

    @GET
    @Path("mediators/{id}")
    public Mediator mediator(@PathParam("id") String id) {
        return roster.mediator(id);
    }

    @PUT
    @Path("mediators/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Mediator saveMediator(@PathParam("id") String id, Mediator input) {
        return roster.saveMediator(id, input, Actors.of(security));
    }

    /** Who is on duty on a day (default today, Asia/Shanghai), in rotation order. */
    @GET
    @Path("rota")
    public List<MediatorState> rota(@QueryParam("date") String date) {
        LocalDate day;
        try {
            day = date == null ? LocalDate.now(PlatformClock.DISPLAY_ZONE) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("date", "must be a date like 2026-11-27");
        }
        return roster.rota(day);
    }

    /** A case is filed by the centre's staff or a court clerk on the consumer's behalf. */
    @POST
    @Path("cases")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "mediator"})
    public Response file(DisputeFiling filing) {
        CaseView filed = cases.file(filing, Actors.of(security), null, null, locale());
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(filed.id())).build();
        return Response.created(location).entity(filed).build();
    }

    @GET
    @Path("cases")
    public Page<CaseView> list(@QueryParam("status") DisputeStatus status, @QueryParam("category") DisputeCategory category,
                               @QueryParam("mediator") String mediator, @QueryParam("organisation") String organisation,
                               @QueryParam("overdue") Boolean overdue, @QueryParam("offset") Integer offset,
                               @QueryParam("limit") Integer limit) {
        return cases.list(new CaseFilter(status, category, mediator, organisation, overdue),
                PageRequest.of(offset, limit), Actors.of(security), locale());
    }

    @GET
    @Path("cases/{id}")
    public CaseView get(@PathParam("id") long id) {
        return cases.get(id, Actors.of(security), locale());
    }

    @POST
    @Path("cases/{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "mediator"})
    public CaseView act(@PathParam("id") long id, ActionRequest action) {
        return cases.act(id, action, Actors.of(security), locale());
    }

    @GET
    @Path("cases/{id}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return cases.history(id, Actors.of(security));
    }

    /** The agreement of a case: terms, amount, due date, judicial confirmation, fulfilment. */
    @GET
    @Path("cases/{id}/agreement")
    public Agreement agreement(@PathParam("id") long id) {
        CaseView c = cases.get(id, Actors.of(security), locale());
        if (c.agreementTerms() == null) {
            throw ProblemException.notFound("Agreement of case", String.valueOf(id));
        }
        return new Agreement(c.agreementTerms(), c.agreementFen(), c.agreementDue(), c.confirmationNumber(),
                c.status() == DisputeStatus.FULFILLED ? Boolean.TRUE : c.status() == DisputeStatus.DEFAULTED ? Boolean.FALSE : null);
    }

    public record Agreement(String terms, Long amountFen, LocalDate dueDate, String confirmationNumber, Boolean fulfilled) {
    }

    @GET
    @Path("cases/{id}/sessions")
    public List<SessionView> sessions(@PathParam("id") long id) {
        return cases.sessions(id, Actors.of(security));
    }

    @GET
    @Path("stats")
    @RolesAllowed({"admin", "integrator"})
    public DisputeStats stats(@QueryParam("organisation") String organisation, @QueryParam("mediator") String mediator,
                              @QueryParam("category") DisputeCategory category, @QueryParam("from") String from,
                              @QueryParam("to") String to) {
        return stats.stats(organisation, mediator, category, QueryParams.instant("from", from), QueryParams.instant("to", to));
    }

    private Locale locale() {
        return Locales.pick(headers.getAcceptableLanguages());
    }
}
