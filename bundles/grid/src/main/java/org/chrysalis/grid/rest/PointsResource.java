package org.chrysalis.grid.rest;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

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

import org.chrysalis.grid.service.PointsService;
import org.chrysalis.grid.service.Views.LeaderboardRow;
import org.chrysalis.grid.service.Views.RuleAdoption;
import org.chrysalis.grid.service.Views.Statement;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.rest.Actors;

/** Points: leaderboards, statements and adopted rules. */
@Path("points")
@Produces(MediaType.APPLICATION_JSON)
public class PointsResource {

    private final PointsService points;

    @Context
    private SecurityContext security;

    public PointsResource(PointsService points) {
        this.points = points;
    }

    @GET
    @Path("leaderboard")
    public List<LeaderboardRow> leaderboard(@QueryParam("grid") String grid, @QueryParam("month") String month,
                                            @QueryParam("limit") Integer limit) {
        return points.leaderboard(grid, month(month), PageRequest.of(0, limit).limit());
    }

    @GET
    @Path("workers/{worker}")
    public Statement statement(@PathParam("worker") String worker, @QueryParam("offset") Integer offset,
                               @QueryParam("limit") Integer limit) {
        var actor = Actors.of(security);
        if (!actor.name().equals(worker) && !actor.hasAnyRole(List.of("admin", "dispatcher", "integrator"))) {
            throw ProblemException.forbidden("Workers see their own statement only.");
        }
        return points.statement(worker, PageRequest.of(offset, limit));
    }

    @POST
    @Path("rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Response ruleAdopted(RuleAdoption adoption) {
        return Response.status(201).entity(points.ruleAdopted(adoption, Actors.of(security))).build();
    }

    private static YearMonth month(String value) {
        if (value == null) {
            return null;
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("month", "must be a month like 2026-11");
        }
    }
}
