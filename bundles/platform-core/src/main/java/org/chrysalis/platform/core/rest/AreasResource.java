package org.chrysalis.platform.core.rest;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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

import org.chrysalis.platform.api.area.Area;
import org.chrysalis.platform.api.area.AreaLevel;
import org.chrysalis.platform.api.area.AreaService;
import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.rest.Actors;

/** The area tree: any signed-in user reads, administrators write. */
@Path("v1/platform/areas")
@Produces(MediaType.APPLICATION_JSON)
public class AreasResource {

    private final AreaService areas;

    @Context
    private HttpHeaders headers;

    public AreasResource(AreaService areas) {
        this.areas = areas;
    }

    @GET
    public Page<AreaView> list(@QueryParam("level") AreaLevel level, @QueryParam("parentCode") String parentCode,
                               @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        Locale locale = locale();
        return areas.list(level, parentCode, PageRequest.of(offset, limit)).map(a -> AreaView.of(a, locale));
    }

    @GET
    @Path("{code}")
    public AreaView get(@PathParam("code") String code) {
        return AreaView.of(areas.find(code).orElseThrow(() -> ProblemException.notFound("Area", code)), locale());
    }

    @GET
    @Path("{code}/children")
    public List<AreaView> children(@PathParam("code") String code) {
        get(code);
        Locale locale = locale();
        return areas.children(code).stream().map(a -> AreaView.of(a, locale)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Response create(Area area, @Context SecurityContext security, @Context UriInfo uri) {
        Area created = areas.create(area, Actors.of(security));
        URI location = uri.getAbsolutePathBuilder().path(created.code()).build();
        return Response.created(location).entity(AreaView.of(created, locale())).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public AreaView update(@PathParam("code") String code, Area changes, @Context SecurityContext security) {
        return AreaView.of(areas.update(code, changes, Actors.of(security)), locale());
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed("admin")
    public Response delete(@PathParam("code") String code, @Context SecurityContext security) {
        areas.delete(code, Actors.of(security));
        return Response.noContent().build();
    }

    private Locale locale() {
        return Locales.pick(headers.getAcceptableLanguages());
    }
}
