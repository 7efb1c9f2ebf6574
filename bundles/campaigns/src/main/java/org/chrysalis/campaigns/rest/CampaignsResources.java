package org.chrysalis.campaigns.rest;

import java.net.URI;
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

import org.chrysalis.campaigns.domain.ActionRequest;
import org.chrysalis.campaigns.domain.CampaignDraft;
import org.chrysalis.campaigns.domain.CampaignKind;
import org.chrysalis.campaigns.domain.DepartmentScore;
import org.chrysalis.campaigns.domain.InspectionRecord;
import org.chrysalis.campaigns.domain.Severity;
import org.chrysalis.campaigns.domain.TaskStatus;
import org.chrysalis.campaigns.service.AssessmentService;
import org.chrysalis.campaigns.service.CampaignService;
import org.chrysalis.campaigns.service.RectificationService;
import org.chrysalis.campaigns.service.Views.CampaignView;
import org.chrysalis.campaigns.service.Views.HistoryEntry;
import org.chrysalis.campaigns.service.Views.InspectionView;
import org.chrysalis.campaigns.service.Views.KeyArea;
import org.chrysalis.campaigns.service.Views.ProblemView;
import org.chrysalis.campaigns.service.Views.ProgressView;
import org.chrysalis.campaigns.service.Views.TaskFilter;
import org.chrysalis.campaigns.service.Views.TaskView;
import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.problem.Enums;
import org.chrysalis.platform.api.rest.Actors;

/**
 * Key areas, campaigns, inspections, problems, rectification tasks, progress and rankings.
 * Administrators run the campaign office (key areas, campaigns, and the departments' start and
 * submission on their behalf); inspectors inspect and verify; integrators read.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "inspector", "integrator"})
public class CampaignsResources {

    private final CampaignService campaigns;
    private final RectificationService tasks;
    private final AssessmentService assessment;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    public CampaignsResources(CampaignService campaigns, RectificationService tasks, AssessmentService assessment) {
        this.campaigns = campaigns;
        this.tasks = tasks;
        this.assessment = assessment;
    }

    // ---- key areas

    @GET
    @Path("key-areas")
    public List<KeyArea> keyAreas() {
        return campaigns.keyAreas(locale());
    }

    @GET
    @Path("key-areas/{code}")
    public KeyArea keyArea(@PathParam("code") String code) {
        return campaigns.keyArea(code, locale());
    }

    /** Creates a key area or edits one (name, English name, description, active, order). */
    @PUT
    @Path("key-areas/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public KeyArea saveKeyArea(@PathParam("code") String code, KeyArea input) {
        return campaigns.saveKeyArea(code, input, Actors.of(security), locale());
    }

    // ---- campaigns

    @GET
    @Path("campaigns")
    public Page<CampaignView> campaigns(@QueryParam("keyArea") String keyArea, @QueryParam("kind") String kind,
                                        @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return campaigns.list(keyArea, Enums.parseOptional(CampaignKind.class, "kind", kind), PageRequest.of(offset, limit),
                locale());
    }

    @POST
    @Path("campaigns")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Response createCampaign(CampaignDraft draft) {
        CampaignView created = campaigns.create(draft, Actors.of(security), locale());
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Path("campaigns/{id}")
    public CampaignView campaign(@PathParam("id") long id) {
        return campaigns.get(id, locale());
    }

    @GET
    @Path("campaigns/{id}/progress")
    public ProgressView campaignProgress(@PathParam("id") long id) {
        return assessment.campaignProgress(id);
    }

    @GET
    @Path("campaigns/{id}/report.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response report(@PathParam("id") long id) {
        return Response.ok(assessment.reportCsv(id))
                .header("Content-Disposition", "attachment; filename=\"campaign-" + id + "-report.csv\"").build();
    }

    // ---- inspections

    @POST
    @Path("inspections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "inspector"})
    public Response recordInspection(InspectionRecord record) {
        InspectionView recorded = tasks.recordInspection(record, Actors.of(security));
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(recorded.id())).build();
        return Response.created(location).entity(recorded).build();
    }

    @GET
    @Path("inspections")
    public Page<InspectionView> inspections(@QueryParam("campaign") Long campaign, @QueryParam("offset") Integer offset,
                                            @QueryParam("limit") Integer limit) {
        return tasks.inspections(campaign, PageRequest.of(offset, limit));
    }

    @GET
    @Path("inspections/{id}")
    public InspectionView inspection(@PathParam("id") long id) {
        return tasks.inspection(id);
    }

    // ---- problems and tasks

    @GET
    @Path("problems")
    public Page<ProblemView> problems(@QueryParam("campaign") Long campaign, @QueryParam("keyArea") String keyArea,
                                      @QueryParam("department") String department,
                                      @QueryParam("state") String state, @QueryParam("severity") String severity,
                                      @QueryParam("overdue") Boolean overdue, @QueryParam("offset") Integer offset,
                                      @QueryParam("limit") Integer limit) {
        return tasks.problems(filter(campaign, keyArea, department, state, severity, overdue),
                PageRequest.of(offset, limit), locale());
    }

    @GET
    @Path("problems/{id}")
    public ProblemView problem(@PathParam("id") long id) {
        return tasks.problem(id, locale());
    }

    @GET
    @Path("tasks")
    public Page<TaskView> tasks(@QueryParam("campaign") Long campaign, @QueryParam("keyArea") String keyArea,
                                @QueryParam("department") String department, @QueryParam("state") String state,
                                @QueryParam("severity") String severity, @QueryParam("overdue") Boolean overdue,
                                @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return tasks.list(filter(campaign, keyArea, department, state, severity, overdue),
                PageRequest.of(offset, limit), Actors.of(security), locale());
    }

    @GET
    @Path("tasks/{id}")
    public TaskView task(@PathParam("id") long id) {
        return tasks.get(id, Actors.of(security), locale());
    }

    @POST
    @Path("tasks/{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "inspector"})
    public TaskView act(@PathParam("id") long id, ActionRequest action) {
        return tasks.act(id, action, Actors.of(security), locale());
    }

    @GET
    @Path("tasks/{id}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return tasks.history(id);
    }

    // ---- assessment

    /** Progress per key area across its campaigns; {@code keyArea} keeps one. */
    @GET
    @Path("progress")
    public List<ProgressView> progress(@QueryParam("keyArea") String keyArea) {
        return keyArea == null ? assessment.keyAreaProgress(locale()) : List.of(assessment.keyAreaProgress(keyArea, locale()));
    }

    /** Departments ranked by score within a campaign, a key area, or everything. */
    @GET
    @Path("rankings")
    public List<DepartmentScore> rankings(@QueryParam("campaign") Long campaign, @QueryParam("keyArea") String keyArea) {
        return assessment.ranking(campaign, keyArea);
    }

    /** Enum filters arrive as text so that a wrong value answers 400 naming the choices, not 404. */
    private static TaskFilter filter(Long campaign, String keyArea, String department, String state, String severity,
                                     Boolean overdue) {
        return new TaskFilter(campaign, keyArea, department, Enums.parseOptional(TaskStatus.class, "state", state),
                Enums.parseOptional(Severity.class, "severity", severity), overdue);
    }

    private Locale locale() {
        return Locales.pick(headers.getAcceptableLanguages());
    }
}
