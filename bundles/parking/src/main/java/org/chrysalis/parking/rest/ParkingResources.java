package org.chrysalis.parking.rest;

import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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

import org.chrysalis.parking.domain.RawObservation;
import org.chrysalis.parking.service.IngestService;
import org.chrysalis.parking.service.LotService;
import org.chrysalis.parking.service.NgsiView;
import org.chrysalis.parking.service.ParkingSettings;
import org.chrysalis.parking.service.SessionService;
import org.chrysalis.parking.service.StatsService;
import org.chrysalis.parking.service.Views.Availability;
import org.chrysalis.parking.service.Views.EntryInput;
import org.chrysalis.parking.service.Views.ExitInput;
import org.chrysalis.parking.service.Views.Group;
import org.chrysalis.parking.service.Views.HourRow;
import org.chrysalis.parking.service.Views.IngestResult;
import org.chrysalis.parking.service.Views.Lot;
import org.chrysalis.parking.service.Views.LotInput;
import org.chrysalis.parking.service.Views.PaymentInput;
import org.chrysalis.parking.service.Views.Quote;
import org.chrysalis.parking.service.Views.QuoteInput;
import org.chrysalis.parking.service.Views.Session;
import org.chrysalis.parking.service.Views.SessionFilter;
import org.chrysalis.parking.service.Views.Spot;
import org.chrysalis.parking.service.Views.SpotBatch;
import org.chrysalis.parking.service.Views.SpotFilter;
import org.chrysalis.parking.service.Views.SpotInput;
import org.chrysalis.parking.service.Views.Stats;
import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.problem.Problem;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.rest.Actors;
import org.chrysalis.platform.api.rest.RolesOrApiKey;
import org.chrysalis.platform.api.rest.QueryParams;
import org.chrysalis.platform.api.security.Actor;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Lots, groups, spots, observations, sessions, availability, statistics and the NGSI-LD view.
 * Parking operators and administrators write; integrators read; availability is public; devices
 * post observations with the configured API key (or as an operator).
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "parking-operator", "integrator"})
public class ParkingResources {

    private static final String API_KEY_HEADER = "X-Api-Key";

    private final LotService lots;
    private final IngestService ingest;
    private final SessionService sessions;
    private final StatsService stats;
    private final NgsiView ngsi;
    private final ParkingSettings settings;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    public ParkingResources(LotService lots, IngestService ingest, SessionService sessions, StatsService stats,
                            NgsiView ngsi, ParkingSettings settings) {
        this.lots = lots;
        this.ingest = ingest;
        this.sessions = sessions;
        this.stats = stats;
        this.ngsi = ngsi;
        this.settings = settings;
    }

    // ---- lots, groups, spots

    @GET
    @Path("lots")
    public List<Lot> lots() {
        return lots.lots(locale());
    }

    @POST
    @Path("lots")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "parking-operator"})
    public Response createLot(LotInput input) {
        Lot lot = lots.createLot(input, Actors.of(security), locale());
        return Response.created(uri.getAbsolutePathBuilder().path(lot.id()).build()).entity(lot).build();
    }

    @GET
    @Path("lots/{id}")
    public Lot lot(@PathParam("id") String id) {
        return lots.lot(id, locale());
    }

    @PUT
    @Path("lots/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "parking-operator"})
    public Lot updateLot(@PathParam("id") String id, LotInput input) {
        return lots.updateLot(id, input, Actors.of(security), locale());
    }

    @GET
    @Path("groups")
    public List<Group> groups(@QueryParam("lot") String lot) {
        return lots.groups(lot);
    }

    @POST
    @Path("groups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "parking-operator"})
    public Response createGroup(Group input) {
        return Response.status(201).entity(lots.createGroup(input, Actors.of(security))).build();
    }

    @GET
    @Path("spots")
    public Page<Spot> spots(@QueryParam("lot") String lot, @QueryParam("group") String group,
                            @QueryParam("status") String status, @QueryParam("offset") Integer offset,
                            @QueryParam("limit") Integer limit) {
        return lots.spots(new SpotFilter(lot, group, status), PageRequest.of(offset, limit), locale());
    }

    @GET
    @Path("spots/{id}")
    public Spot spot(@PathParam("id") String id) {
        return lots.spot(id, locale());
    }

    @POST
    @Path("spots")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "parking-operator"})
    public Response createSpot(SpotInput input) {
        if (input == null) {
            throw ProblemException.badRequest("The body must be one spot object.");
        }
        lots.createSpots(java.util.Collections.singletonList(input), Actors.of(security));
        return Response.created(uri.getAbsolutePathBuilder().path(input.id()).build())
                .entity(lots.spot(input.id(), locale())).build();
    }

    /** Up to 1,000 spots in one request. */
    @POST
    @Path("spots/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "parking-operator"})
    public Response createSpots(SpotBatch batch) {
        int created = lots.createSpots(batch == null ? null : batch.spots(), Actors.of(security));
        return Response.status(201).entity(Map.of("created", created)).build();
    }

    @DELETE
    @Path("spots/{id}")
    @RolesAllowed({"admin", "parking-operator"})
    public Response deleteSpot(@PathParam("id") String id) {
        lots.deleteSpot(id, Actors.of(security));
        return Response.noContent().build();
    }

    // ---- observations

    /** One observation; a malformed one or one of an unknown spot answers 400. */
    @POST
    @Path("observations")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @RolesOrApiKey(value = {"admin", "parking-operator"}, header = API_KEY_HEADER)
    public IngestResult observe(JsonNode observation, @HeaderParam(API_KEY_HEADER) String apiKey) {
        String actor = sender(apiKey);
        if (observation == null || !observation.isObject()) {
            throw ProblemException.badRequest("The body must be one observation object.");
        }
        IngestResult result = ingest.ingest(List.of(raw(observation)), actor);
        if (result.rejected() > 0) {
            throw ProblemException.invalid(result.items().get(0).errors());
        }
        return result;
    }

    /**
     * Up to 1,000 observations, {@code {"observations":[...]}}. Malformed items and those of unknown
     * spots are rejected one by one; the answer lists every item not applied and why.
     */
    @POST
    @Path("observations/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @RolesOrApiKey(value = {"admin", "parking-operator"}, header = API_KEY_HEADER)
    public IngestResult observeBatch(JsonNode body, @HeaderParam(API_KEY_HEADER) String apiKey) {
        String actor = sender(apiKey);
        JsonNode items = body == null ? null : body.get("observations");
        if (items == null || !items.isArray()) {
            throw ProblemException.invalid("observations", "must be an array of observations");
        }
        List<RawObservation> raw = new ArrayList<>(items.size());
        items.forEach(item -> raw.add(item.isObject() ? raw(item) : null));
        return ingest.ingest(raw, actor);
    }

    /** Devices with the configured key, or a signed-in operator or administrator. */
    private String sender(String apiKey) {
        String expected = settings.ingestApiKey();
        if (apiKey != null && !expected.isEmpty()) {
            if (MessageDigest.isEqual(apiKey.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
                return "device";
            }
            throw new ProblemException(Problem.of(401, "unauthorized", "The API key is not valid."));
        }
        Actor actor = Actors.of(security);
        if (!actor.hasRole("admin") && !actor.hasRole("parking-operator")) {
            throw ProblemException.forbidden("Observations come from devices (API key) or parking operators.");
        }
        return actor.name();
    }

    private static RawObservation raw(JsonNode node) {
        return new RawObservation(text(node, "eventId"), text(node, "spotId"), text(node, "status"),
                text(node, "observedAt"), text(node, "deviceId"), text(node, "sequence"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    // ---- sessions and fees

    /** A vehicle enters a lot's gate. */
    @POST
    @Path("sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "parking-operator"})
    public Response enter(EntryInput input) {
        Session session = sessions.enter(input, Actors.of(security), locale());
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(session.id())).build();
        return Response.created(location).entity(session).build();
    }

    @GET
    @Path("sessions")
    public Page<Session> sessions(@QueryParam("lot") String lot, @QueryParam("plate") String plate,
                                  @QueryParam("open") Boolean open, @QueryParam("flagged") Boolean flagged,
                                  @QueryParam("paymentStatus") String paymentStatus,
                                  @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return sessions.list(new SessionFilter(lot, plate, open, flagged, paymentStatus), PageRequest.of(offset, limit),
                locale());
    }

    @GET
    @Path("sessions/{id}")
    public Session session(@PathParam("id") long id) {
        return sessions.get(id, locale());
    }

    /** The vehicle leaves: the fee is computed by the lot's tariff. The body ({@code exitedAt}) is optional. */
    @POST
    @Path("sessions/{id}/exit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "parking-operator"})
    public Session exit(@PathParam("id") long id, ExitInput input) {
        return sessions.exit(id, input, Actors.of(security), locale());
    }

    /** A gate that knows only the plate: {@code POST lots/{lot}/exit?plate=}. */
    @POST
    @Path("lots/{id}/exit")
    @RolesAllowed({"admin", "parking-operator"})
    public Session exitByPlate(@PathParam("id") String lot, @QueryParam("plate") String plate) {
        return sessions.exitByPlate(lot, plate, null, Actors.of(security), locale());
    }

    @POST
    @Path("sessions/{id}/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "parking-operator"})
    public Session pay(@PathParam("id") long id, PaymentInput input) {
        return sessions.pay(id, input, Actors.of(security), locale());
    }

    /** What leaving now (or at {@code at}) would cost. */
    @GET
    @Path("sessions/{id}/quote")
    public Quote sessionQuote(@PathParam("id") long id, @QueryParam("at") String at) {
        return sessions.quoteSession(id, QueryParams.instant("at", at), locale());
    }

    /** The fee of a stay under a lot's tariff. */
    @POST
    @Path("fee-quote")
    @Consumes(MediaType.APPLICATION_JSON)
    public Quote quote(QuoteInput input) {
        return sessions.quote(input);
    }

    // ---- availability, statistics, NGSI-LD

    /** Open lots with free spots near a point, nearest first. Public: for citizens and navigation apps. */
    @GET
    @Path("availability")
    @PermitAll
    public List<Availability> availability(@QueryParam("lat") Double lat, @QueryParam("lon") Double lon,
                                           @QueryParam("radius") Double radius, @QueryParam("limit") Integer limit) {
        return lots.near(lat, lon, radius, limit, locale());
    }

    @GET
    @Path("stats")
    public Stats stats(@QueryParam("from") String from, @QueryParam("to") String to) {
        return stats.stats(QueryParams.instant("from", from), QueryParams.instant("to", to));
    }

    /** Mean and highest occupancy per lot and hour. */
    @GET
    @Path("stats/occupancy")
    public List<HourRow> occupancy(@QueryParam("lot") String lot, @QueryParam("from") String from,
                                   @QueryParam("to") String to) {
        return stats.occupancy(lot, QueryParams.instant("from", from), QueryParams.instant("to", to));
    }

    /** NGSI-LD entities in key-value form; {@code type} is OffStreetParking, ParkingGroup or ParkingSpot. */
    @GET
    @Path("ngsi-ld/entities")
    public Response entities(@QueryParam("type") String type, @QueryParam("offset") Integer offset,
                             @QueryParam("limit") Integer limit) {
        Page<Map<String, Object>> page = ngsi.entities(type, PageRequest.of(offset, limit));
        return Response.ok(page.items()).header("NGSILD-Results-Count", page.total())
                .header("Link", "<" + NgsiView.CONTEXT + ">; rel=\"http://www.w3.org/ns/json-ld#context\"; type=\"application/ld+json\"")
                .build();
    }

    @GET
    @Path("ngsi-ld/entities/{id}")
    public Map<String, Object> entity(@PathParam("id") String id) {
        return ngsi.entity(id);
    }

    private Locale locale() {
        return Locales.pick(headers.getAcceptableLanguages());
    }
}
