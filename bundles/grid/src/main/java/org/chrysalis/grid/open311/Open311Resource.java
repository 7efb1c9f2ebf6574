package org.chrysalis.grid.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.annotation.security.PermitAll;
import javax.ws.rs.Consumes;
import javax.ws.rs.FormParam;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.chrysalis.grid.service.ApiKeyService;
import org.chrysalis.grid.service.CatalogueService;
import org.chrysalis.grid.service.IncidentService;
import org.chrysalis.grid.service.Views.CategoryView;
import org.chrysalis.grid.service.Views.Contact;
import org.chrysalis.grid.service.Views.Department;
import org.chrysalis.grid.service.Views.IncidentView;
import org.chrysalis.grid.service.Views.ReportInput;
import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.problem.FieldErrors;
import org.chrysalis.platform.api.problem.ProblemException;

/**
 * Open311 GeoReport v2 for citizens' reports: discovery, services (our categories), requests
 * (our incidents) and tokens, in JSON and XML. Reading is public; filing needs an API key.
 */
@Path("")
@PermitAll
public class Open311Resource {

    private static final int MAX_REQUESTS = 1000;
    private static final Duration DEFAULT_WINDOW = Duration.ofDays(90);

    private final CatalogueService catalogue;
    private final IncidentService incidents;
    private final ApiKeyService keys;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    public Open311Resource(CatalogueService catalogue, IncidentService incidents, ApiKeyService keys) {
        this.catalogue = catalogue;
        this.incidents = incidents;
        this.keys = keys;
    }

    @GET
    @Path("discovery.{format}")
    public Response discovery(@PathParam("format") String format) {
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", base);
        endpoint.put("changeset", "2026-11-27T00:00:00Z");
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("application/json", "text/xml"));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", "2026-11-27T00:00:00Z");
        discovery.put("contact", "Ask the district's grid management centre");
        discovery.put("key_service", "API keys are issued by the district administrators");
        discovery.put("endpoints", List.of(endpoint));
        return Open311Format.object(Open311Format.check(format), "discovery", discovery);
    }

    @GET
    @Path("services.{format}")
    public Response services(@PathParam("format") String format) {
        List<Map<String, Object>> services = catalogue.categories(locale()).stream().map(this::service).toList();
        return Open311Format.list(200, Open311Format.check(format), "services", "service", services);
    }

    @GET
    @Path("services/{code}.{format}")
    public Response definition(@PathParam("code") String code, @PathParam("format") String format) {
        Open311Format.check(format);
        catalogue.category(code, locale()).orElseThrow(() -> ProblemException.notFound("Service", code));
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", code);
        definition.put("attributes", List.of());
        return Open311Format.list(200, format, "service_definitions", "service_definition", List.of(definition));
    }

    @POST
    @Path("requests.{format}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(@PathParam("format") String format, @FormParam("api_key") String apiKey,
                           @FormParam("service_code") String serviceCode, @FormParam("lat") String lat,
                           @FormParam("long") String lon, @FormParam("address_string") String address,
                           @FormParam("description") String description, @FormParam("media_url") String mediaUrl,
                           @FormParam("email") String email, @FormParam("first_name") String firstName,
                           @FormParam("last_name") String lastName, @FormParam("phone") String phone) {
        Open311Format.check(format);
        if (!keys.isValid(apiKey)) {
            throw ProblemException.forbidden("A valid api_key is required to submit requests.");
        }
        FieldErrors errors = new FieldErrors().required("service_code", serviceCode);
        Double latitude = number(lat, "lat", errors);
        Double longitude = number(lon, "long", errors);
        errors.throwIfAny();
        CategoryView service = catalogue.category(serviceCode, locale())
                .orElseThrow(() -> ProblemException.invalid("service_code", "is not a known service"));
        String name = String.join(" ", nonBlank(firstName, lastName));
        Contact contact = name.isEmpty() && phone == null && email == null ? null
                : new Contact(name.isEmpty() ? null : name, phone, email);
        ReportInput input = new ReportInput(serviceCode,
                description == null || description.isBlank() ? service.name() : description,
                latitude, longitude, address, mediaUrl == null || mediaUrl.isBlank() ? List.of() : List.of(mediaUrl),
                contact);
        IncidentView incident = incidents.report(input, null, IncidentService.OPEN311, locale()).incident();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("service_request_id", String.valueOf(incident.id()));
        answer.put("token", incidents.tokenOf(incident.id()).orElse(null));
        answer.put("service_notice", "Expected to be resolved by " + incident.resolutionDue());
        answer.put("account_id", null);
        return Open311Format.list(201, format, "service_requests", "request", List.of(answer));
    }

    @GET
    @Path("requests.{format}")
    public Response requests(@PathParam("format") String format, @QueryParam("service_request_id") String ids,
                             @QueryParam("service_code") String serviceCode, @QueryParam("start_date") String start,
                             @QueryParam("end_date") String end, @QueryParam("status") String status) {
        Open311Format.check(format);
        FieldErrors errors = new FieldErrors();
        List<Long> idList = ids == null || ids.isBlank() ? List.of() : idList(ids, errors);
        Instant to = date(end, "end_date", errors);
        Instant from = date(start, "start_date", errors);
        errors.check(status == null || status.equals("open") || status.equals("closed"), "status", "must be open or closed");
        errors.throwIfAny();
        to = to == null ? Instant.now().plusSeconds(1) : to;
        from = from == null ? to.minus(DEFAULT_WINDOW) : from;
        Boolean open = status == null ? null : status.equals("open");
        return render(format, incidents.requests(idList, serviceCode, from, to, open, MAX_REQUESTS, locale()));
    }

    @GET
    @Path("requests/{id}.{format}")
    public Response request(@PathParam("id") String id, @PathParam("format") String format) {
        Open311Format.check(format);
        long number = parseId(id);
        return render(format, List.of(incidents.get(number, null, locale())));
    }

    @GET
    @Path("tokens/{token}.{format}")
    public Response token(@PathParam("token") String token, @PathParam("format") String format) {
        Open311Format.check(format);
        long id = incidents.idForToken(token).orElseThrow(() -> ProblemException.notFound("Token", token));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("service_request_id", String.valueOf(id));
        answer.put("token", token);
        return Open311Format.list(200, format, "service_requests", "request", List.of(answer));
    }

    private Response render(String format, List<IncidentView> views) {
        Map<String, String> agencies = catalogue.departments().stream()
                .collect(Collectors.toMap(Department::code, Department::name));
        List<Map<String, Object>> requests = new ArrayList<>();
        for (IncidentView i : views) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("service_request_id", String.valueOf(i.id()));
            r.put("status", IncidentService.closedForOpen311().contains(i.status()) ? "closed" : "open");
            r.put("status_notes", i.statusLabel());
            r.put("service_name", i.categoryName());
            r.put("service_code", i.category());
            r.put("description", i.description());
            r.put("agency_responsible", i.departmentCode() == null ? null : agencies.get(i.departmentCode()));
            r.put("service_notice", null);
            r.put("requested_datetime", i.reportedAt().toString());
            r.put("updated_datetime", i.updatedAt().toString());
            r.put("expected_datetime", i.resolutionDue().toString());
            r.put("address", i.address());
            r.put("address_id", null);
            r.put("zipcode", null);
            r.put("lat", i.latitude());
            r.put("long", i.longitude());
            r.put("media_url", i.media().isEmpty() ? null : i.media().get(0));
            requests.add(r);
        }
        return Open311Format.list(200, format, "service_requests", "request", requests);
    }

    private Map<String, Object> service(CategoryView category) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("service_code", category.code());
        s.put("service_name", category.name());
        s.put("description", category.description() == null ? category.name() : category.description());
        s.put("metadata", false);
        s.put("type", "realtime");
        s.put("keywords", category.nameEn() + "," + category.nameZh());
        s.put("group", category.handoff() == null ? "grid" : category.handoff());
        return s;
    }

    /** Our field names mapped back to the spec's parameter names, for error descriptions. */
    static String open311Name(String field) {
        return switch (field) {
            case "category" -> "service_code";
            case "latitude" -> "lat";
            case "longitude" -> "long";
            case "address" -> "address_string";
            case "location" -> "lat/long or address_string";
            case "media[0]" -> "media_url";
            default -> field;
        };
    }

    private Locale locale() {
        return Locales.pick(headers.getAcceptableLanguages());
    }

    private static Double number(String value, String field, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.trim());
        } catch (NumberFormatException e) {
            errors.add(field, "must be a decimal number");
            return null;
        }
    }

    private static Instant date(String value, String field, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(field, "must be a W3C date-time with offset, e.g. 2026-11-01T00:00:00+08:00");
            return null;
        }
    }

    private static List<Long> idList(String ids, FieldErrors errors) {
        List<Long> list = new ArrayList<>();
        for (String id : ids.split(",")) {
            try {
                list.add(Long.valueOf(id.trim()));
            } catch (NumberFormatException e) {
                errors.add("service_request_id", "must be a comma-separated list of numbers");
                return List.of();
            }
        }
        errors.check(list.size() <= MAX_REQUESTS, "service_request_id", "at most " + MAX_REQUESTS + " ids");
        return list;
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("Service request", id);
        }
    }

    private static List<String> nonBlank(String... values) {
        List<String> list = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                list.add(value.trim());
            }
        }
        return list;
    }
}
