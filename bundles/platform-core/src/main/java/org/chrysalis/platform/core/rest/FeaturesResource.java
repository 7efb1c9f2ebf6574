package org.chrysalis.platform.core.rest;

import java.net.URI;
import java.util.List;

import javax.annotation.security.RolesAllowed;
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
import javax.ws.rs.core.UriInfo;

import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.rest.Actors;
import org.chrysalis.platform.core.features.FeatureAdministration;
import org.chrysalis.platform.core.features.FeatureInfo;
import org.chrysalis.platform.core.features.FeatureJob;

/** Capability features for administrators: list, and install, uninstall or upgrade as background jobs. */
@Path("v1/platform/features")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class FeaturesResource {

    private final FeatureAdministration administration;

    public FeaturesResource(FeatureAdministration administration) {
        this.administration = administration;
    }

    @GET
    public List<FeatureInfo> list() throws Exception {
        return administration.list();
    }

    /** Installs the newest version, or {@code version} when one is named. */
    @POST
    @Path("{name}/install")
    public Response install(@PathParam("name") String name, @QueryParam("version") String version,
                            @Context SecurityContext security, @Context UriInfo uri) throws Exception {
        return accepted(administration.submit(name, FeatureJob.Action.INSTALL, blankToNull(version),
                Actors.of(security).name()), uri);
    }

    @POST
    @Path("{name}/uninstall")
    public Response uninstall(@PathParam("name") String name, @Context SecurityContext security, @Context UriInfo uri)
            throws Exception {
        return accepted(administration.submit(name, FeatureJob.Action.UNINSTALL, Actors.of(security).name()), uri);
    }

    /**
     * Replaces the installed version by {@code version}; when the new version does not serve, the
     * previous one is put back and the job fails with the reason.
     */
    @POST
    @Path("{name}/upgrade")
    public Response upgrade(@PathParam("name") String name, @QueryParam("version") String version,
                            @Context SecurityContext security, @Context UriInfo uri) throws Exception {
        return accepted(administration.upgrade(name, version, Actors.of(security).name()), uri);
    }

    @GET
    @Path("jobs/{id}")
    public FeatureJob job(@PathParam("id") String id) {
        return administration.job(id).orElseThrow(() -> ProblemException.notFound("Job", id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Response accepted(FeatureJob job, UriInfo uri) {
        URI location = uri.getBaseUriBuilder().path(FeaturesResource.class).path("jobs").path(job.id()).build();
        return Response.accepted(job).location(location).build();
    }
}
