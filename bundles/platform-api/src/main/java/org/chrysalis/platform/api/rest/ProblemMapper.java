package org.chrysalis.platform.api.rest;

import java.util.List;
import java.util.UUID;

import javax.persistence.OptimisticLockException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.NoContentException;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.chrysalis.platform.api.problem.FieldError;
import org.chrysalis.platform.api.problem.Problem;
import org.chrysalis.platform.api.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every exception becomes an RFC 9457 problem body. Messages of unexpected exceptions are logged
 * with an incident id and never sent to the client, so no stack trace or class name leaks.
 */
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        Problem problem = toProblem(exception);
        Response response = ProblemResponses.of(problem, ProblemResponses.locale(languages()), instance());
        if (exception instanceof WebApplicationException web && web.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(response).header("Allow", web.getResponse().getHeaderString("Allow")).build();
        }
        return response;
    }

    static Problem toProblem(Throwable exception) {
        ProblemException problem = find(exception, ProblemException.class);
        if (problem != null) {
            return problem.problem();
        }
        if (find(exception, OptimisticLockException.class) != null) {
            // two people acted on the same record at once and the other one committed first
            return Problem.of(409, "concurrent-update",
                    "Someone else changed this record at the same moment; read it again and retry.");
        }
        JsonProcessingException json = find(exception, JsonProcessingException.class);
        if (json != null) {
            return jsonProblem(json);
        }
        if (find(exception, NoContentException.class) != null) {
            return Problem.of(400, "validation", "A request body is required.");
        }
        if (exception instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status >= 500) {
                return internal(exception);
            }
            return Problem.of(status, slug(status), null);
        }
        return internal(exception);
    }

    private static Problem jsonProblem(JsonProcessingException json) {
        if (json instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            String message;
            if (mapping instanceof UnrecognizedPropertyException) {
                message = "is not a known field";
            } else if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum()) {
                message = "must be one of " + List.of(format.getTargetType().getEnumConstants());
            } else {
                message = "has a value of the wrong type or format";
            }
            return ProblemException.invalid(List.of(new FieldError(field, message))).problem();
        }
        String where = json.getLocation() == null ? ""
                : " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")";
        return Problem.of(400, "malformed-json", "The request body is not valid JSON" + where + ".");
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Problem internal(Throwable exception) {
        String incident = UUID.randomUUID().toString();
        LOG.error("Request failed, incident {}", incident, exception);
        return Problem.of(500, "internal", "The request could not be completed. Incident " + incident + ".")
                .withExtension("incident", incident);
    }

    private static String slug(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T find(Throwable exception, Class<T> type) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return (T) t;
            }
        }
        return null;
    }

    private List<java.util.Locale> languages() {
        try {
            return headers == null ? List.of() : headers.getAcceptableLanguages();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private String instance() {
        try {
            return uriInfo == null ? null : uriInfo.getRequestUri().getPath();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
