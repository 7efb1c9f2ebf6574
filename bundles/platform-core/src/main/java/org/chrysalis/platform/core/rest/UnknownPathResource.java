package org.chrysalis.platform.core.rest;

import javax.annotation.security.PermitAll;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.OPTIONS;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.chrysalis.platform.api.problem.Problem;
import org.chrysalis.platform.api.problem.ProblemException;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * Served at the root, below every other endpoint: a path no endpoint serves (a mistyped one, or one
 * of an uninstalled capability, or "../" tricks) answers 404 with a problem body instead of the
 * servlet's HTML page.
 */
@Path("{any: .*}")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Hidden
public class UnknownPathResource {

    @GET
    public void get() {
        throw notFound();
    }

    @HEAD
    public void head() {
        throw notFound();
    }

    @POST
    public void post() {
        throw notFound();
    }

    @PUT
    public void put() {
        throw notFound();
    }

    @DELETE
    public void delete() {
        throw notFound();
    }

    @PATCH
    public void patch() {
        throw notFound();
    }

    @OPTIONS
    public void options() {
        throw notFound();
    }

    private static ProblemException notFound() {
        return new ProblemException(Problem.of(404, "not-found", "No endpoint serves this path."));
    }
}
