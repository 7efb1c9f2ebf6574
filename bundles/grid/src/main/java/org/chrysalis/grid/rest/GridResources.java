package org.chrysalis.grid.rest;

import java.net.URI;
import java.util.List;

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

import org.chrysalis.grid.service.ApiKeyService;
import org.chrysalis.grid.service.ApiKeyService.ApiKey;
import org.chrysalis.grid.service.CatalogueService;
import org.chrysalis.grid.service.Views.CategoryInput;
import org.chrysalis.grid.service.Views.CategoryView;
import org.chrysalis.grid.service.Views.Department;
import org.chrysalis.grid.service.Views.GridInput;
import org.chrysalis.grid.service.Views.GridView;
import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.rest.Actors;

/** Grids, departments and categories: everyone signed in reads, administrators write. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class GridResources {

    private final CatalogueService catalogue;
    private final ApiKeyService keys;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    public GridResources(CatalogueService catalogue, ApiKeyService keys) {
        this.catalogue = catalogue;
        this.keys = keys;
    }

    @GET
    @Path("grids")
    public Page<GridView> grids(@QueryParam("areaCode") String areaCode, @QueryParam("offset") Integer offset,
                                @QueryParam("limit") Integer limit) {
        return catalogue.grids(areaCode, PageRequest.of(offset, limit));
    }

    @GET
    @Path("grids/{code}")
    public GridView grid(@PathParam("code") String code) {
        return catalogue.grid(code);
    }

    @POST
    @Path("grids")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Response createGrid(GridInput input) {
        GridView grid = catalogue.createGrid(input, Actors.of(security));
        return created("grids", grid.code(), grid);
    }

    @PUT
    @Path("grids/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public GridView updateGrid(@PathParam("code") String code, GridInput input) {
        return catalogue.updateGrid(code, input, Actors.of(security));
    }

    @GET
    @Path("workers/{worker}/grids")
    public List<String> gridsOf(@PathParam("worker") String worker) {
        return catalogue.gridsOf(worker);
    }

    @GET
    @Path("departments")
    public List<Department> departments() {
        return catalogue.departments();
    }

    @POST
    @Path("departments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Response createDepartment(Department input) {
        Department department = catalogue.createDepartment(input, Actors.of(security));
        return created("departments", department.code(), department);
    }

    @GET
    @Path("categories")
    public List<CategoryView> categories() {
        return catalogue.categories(Locales.pick(headers.getAcceptableLanguages()));
    }

    @GET
    @Path("categories/{code}")
    public CategoryView category(@PathParam("code") String code) {
        return catalogue.category(code, Locales.pick(headers.getAcceptableLanguages()))
                .orElseThrow(() -> ProblemException.notFound("Category", code));
    }

    @POST
    @Path("categories")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Response createCategory(CategoryInput input) {
        CategoryView category = catalogue.createCategory(input, Actors.of(security),
                Locales.pick(headers.getAcceptableLanguages()));
        return created("categories", category.code(), category);
    }

    @GET
    @Path("open311/keys")
    @RolesAllowed("admin")
    public List<ApiKey> apiKeys() {
        return keys.list();
    }

    /** A new Open311 API key for a client system: body {@code {"name": "..."}}. */
    @POST
    @Path("open311/keys")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Response createApiKey(ApiKey request) {
        ApiKey key = keys.create(request.name(), null, Actors.of(security));
        return Response.status(201).entity(key).build();
    }

    @DELETE
    @Path("open311/keys/{key}")
    @RolesAllowed("admin")
    public Response deleteApiKey(@PathParam("key") String key) {
        keys.delete(key, Actors.of(security));
        return Response.noContent().build();
    }

    private Response created(String collection, String code, Object entity) {
        URI location = uri.getBaseUriBuilder().path(collection).path(code).build();
        return Response.created(location).entity(entity).build();
    }
}
