package org.chrysalis.deliberation.rest;

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

import org.chrysalis.deliberation.domain.ActionRequest;
import org.chrysalis.deliberation.domain.Matter;
import org.chrysalis.deliberation.domain.MeetingPlan;
import org.chrysalis.deliberation.domain.Minutes;
import org.chrysalis.deliberation.domain.TopicDraft;
import org.chrysalis.deliberation.domain.TopicKind;
import org.chrysalis.deliberation.domain.TopicStatus;
import org.chrysalis.deliberation.domain.VillageRules;
import org.chrysalis.deliberation.domain.VoteOptions;
import org.chrysalis.deliberation.service.MeetingService;
import org.chrysalis.deliberation.service.RegisterService;
import org.chrysalis.deliberation.service.ResolutionService;
import org.chrysalis.deliberation.service.StatsService;
import org.chrysalis.deliberation.service.TopicService;
import org.chrysalis.deliberation.service.Views.AttendanceInput;
import org.chrysalis.deliberation.service.Views.BallotInput;
import org.chrysalis.deliberation.service.Views.BallotReceipt;
import org.chrysalis.deliberation.service.Views.Cosigner;
import org.chrysalis.deliberation.service.Views.HistoryEntry;
import org.chrysalis.deliberation.service.Views.MeetingView;
import org.chrysalis.deliberation.service.Views.ObjectionInput;
import org.chrysalis.deliberation.service.Views.ObjectionView;
import org.chrysalis.deliberation.service.Views.OptionView;
import org.chrysalis.deliberation.service.Views.ProgressInput;
import org.chrysalis.deliberation.service.Views.ProgressView;
import org.chrysalis.deliberation.service.Views.RulingInput;
import org.chrysalis.deliberation.service.Views.StatsView;
import org.chrysalis.deliberation.service.Views.Tally;
import org.chrysalis.deliberation.service.Views.TopicFilter;
import org.chrysalis.deliberation.service.Views.TopicView;
import org.chrysalis.deliberation.service.Views.Village;
import org.chrysalis.deliberation.service.Views.Villager;
import org.chrysalis.deliberation.service.Views.VillagerInput;
import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.problem.Enums;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.rest.Actors;

/**
 * Village deliberation. Villagers raise, co-sign, vote and object; the village committee (district-wide)
 * keeps the register and the villages' rules, adopts or declines, holds meetings, runs votes,
 * rules on objections and reports progress; integrators read. Topics, tallies and minutes are
 * public to every signed-in role of the capability; who voted what is nowhere.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "village-committee", "villager", "integrator"})
public class DeliberationResources {

    private static final String COMMITTEE = "village-committee";

    private final RegisterService register;
    private final TopicService topics;
    private final MeetingService meetings;
    private final ResolutionService resolutions;
    private final StatsService stats;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    public DeliberationResources(RegisterService register, TopicService topics, MeetingService meetings,
                                 ResolutionService resolutions, StatsService stats) {
        this.register = register;
        this.topics = topics;
        this.meetings = meetings;
        this.resolutions = resolutions;
        this.stats = stats;
    }

    // ---- villages and the register

    @GET
    @Path("villages")
    public List<Village> villages() {
        return register.villages();
    }

    @GET
    @Path("villages/{code}")
    public Village village(@PathParam("code") String code) {
        return register.village(code);
    }

    /** Changes some of the village's rules (co-signer threshold, windows, quorums, notice period). */
    @PUT
    @Path("villages/{code}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", COMMITTEE})
    public Village updateRules(@PathParam("code") String code, VillageRules changes) {
        return register.updateRules(code, changes, Actors.of(security));
    }

    @GET
    @Path("villagers")
    @RolesAllowed({"admin", COMMITTEE, "integrator"})
    public Page<Villager> villagers(@QueryParam("village") String village, @QueryParam("offset") Integer offset,
                                    @QueryParam("limit") Integer limit) {
        return register.villagers(village, PageRequest.of(offset, limit));
    }

    @GET
    @Path("villagers/{user}")
    @RolesAllowed({"admin", COMMITTEE, "integrator"})
    public Villager villager(@PathParam("user") String user) {
        return register.villager(user);
    }

    @PUT
    @Path("villagers/{user}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", COMMITTEE})
    public Villager registerVillager(@PathParam("user") String user, VillagerInput input) {
        return register.register(user, input, Actors.of(security));
    }

    @DELETE
    @Path("villagers/{user}")
    @RolesAllowed({"admin", COMMITTEE})
    public Response unregister(@PathParam("user") String user) {
        register.unregister(user, Actors.of(security));
        return Response.noContent().build();
    }

    // ---- topics

    @POST
    @Path("topics")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", COMMITTEE, "villager"})
    public Response raise(TopicDraft draft) {
        TopicView raised = topics.raise(draft, Actors.of(security), locale());
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(raised.id())).build();
        return Response.created(location).entity(raised).build();
    }

    @GET
    @Path("topics")
    public Page<TopicView> list(@QueryParam("village") String village, @QueryParam("kind") String kind,
                                @QueryParam("matter") String matter, @QueryParam("state") String state,
                                @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return topics.list(new TopicFilter(village, Enums.parseOptional(TopicKind.class, "kind", kind),
                Enums.parseOptional(Matter.class, "matter", matter), Enums.parseOptional(TopicStatus.class, "state", state)),
                PageRequest.of(offset, limit), Actors.of(security), locale());
    }

    @GET
    @Path("topics/{id}")
    public TopicView get(@PathParam("id") long id) {
        return topics.get(id, Actors.of(security), locale());
    }

    @GET
    @Path("topics/{id}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return topics.history(id);
    }

    @GET
    @Path("topics/{id}/cosign")
    public List<Cosigner> cosigners(@PathParam("id") long id) {
        return topics.cosigners(id);
    }

    @POST
    @Path("topics/{id}/cosign")
    @RolesAllowed("villager")
    public TopicView cosign(@PathParam("id") long id) {
        return topics.cosign(id, Actors.of(security), locale());
    }

    @POST
    @Path("topics/{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", COMMITTEE, "villager"})
    public TopicView act(@PathParam("id") long id, ActionRequest action) {
        return topics.act(id, action, Actors.of(security), locale());
    }

    @GET
    @Path("topics/{id}/options")
    public List<OptionView> options(@PathParam("id") long id) {
        return topics.options(id);
    }

    @PUT
    @Path("topics/{id}/options")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", COMMITTEE})
    public List<OptionView> setOptions(@PathParam("id") long id, VoteOptions options) {
        return topics.setOptions(id, options, Actors.of(security));
    }

    /** A secret ballot: only villagers vote, and the answer says it counted, not what it said. */
    @POST
    @Path("topics/{id}/ballots")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("villager")
    public Response vote(@PathParam("id") long id, BallotInput ballot) {
        BallotReceipt receipt = topics.vote(id, ballot, Actors.of(security));
        return Response.status(201).entity(receipt).build();
    }

    @GET
    @Path("topics/{id}/tally")
    public Tally tally(@PathParam("id") long id) {
        return topics.tally(id);
    }

    @GET
    @Path("topics/{id}/objections")
    public List<ObjectionView> objections(@PathParam("id") long id) {
        return resolutions.objections(id);
    }

    @POST
    @Path("topics/{id}/objections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("villager")
    public Response object(@PathParam("id") long id, ObjectionInput input) {
        return Response.status(201).entity(resolutions.object(id, input, Actors.of(security))).build();
    }

    @POST
    @Path("topics/{id}/objections/{objection}/ruling")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", COMMITTEE})
    public ObjectionView rule(@PathParam("id") long id, @PathParam("objection") long objection, RulingInput ruling) {
        return resolutions.rule(id, objection, ruling, Actors.of(security));
    }

    @GET
    @Path("topics/{id}/progress")
    public List<ProgressView> progress(@PathParam("id") long id) {
        return resolutions.progress(id);
    }

    @POST
    @Path("topics/{id}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", COMMITTEE})
    public Response report(@PathParam("id") long id, ProgressInput input) {
        return Response.status(201).entity(resolutions.report(id, input, Actors.of(security))).build();
    }

    // ---- meetings

    @POST
    @Path("meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", COMMITTEE})
    public Response schedule(MeetingPlan plan) {
        MeetingView meeting = meetings.schedule(plan, Actors.of(security));
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(meeting.id())).build();
        return Response.created(location).entity(meeting).build();
    }

    @GET
    @Path("meetings")
    public Page<MeetingView> meetings(@QueryParam("village") String village, @QueryParam("topic") Long topic,
                                      @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return meetings.list(village, topic, PageRequest.of(offset, limit));
    }

    @GET
    @Path("meetings/{id}")
    public MeetingView meeting(@PathParam("id") long id) {
        return meetings.get(id);
    }

    @PUT
    @Path("meetings/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", COMMITTEE})
    public MeetingView attendance(@PathParam("id") long id, AttendanceInput input) {
        return meetings.attendance(id, input, Actors.of(security));
    }

    @POST
    @Path("meetings/{id}/minutes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", COMMITTEE})
    public MeetingView minutes(@PathParam("id") long id, Minutes minutes) {
        return meetings.minutes(id, minutes, Actors.of(security));
    }

    // ---- statistics

    @GET
    @Path("stats")
    @RolesAllowed({"admin", COMMITTEE, "integrator"})
    public StatsView stats(@QueryParam("village") String village, @QueryParam("kind") String kind,
                           @QueryParam("year") Integer year) {
        return stats.stats(village, Enums.parseOptional(TopicKind.class, "kind", kind), year);
    }

    private Locale locale() {
        return Locales.pick(headers.getAcceptableLanguages());
    }
}
