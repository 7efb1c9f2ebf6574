package org.chrysalis.grid.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.chrysalis.platform.api.problem.FieldError;
import org.chrysalis.platform.api.problem.Problem;
import org.chrysalis.platform.api.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors as GeoReport v2 clients expect them: a list of {@code {code, description}} (XML:
 * {@code <errors><error>}) in the format of the request, with 400, 403 or 404.
 */
public class Open311Errors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(Open311Errors.class);

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(Throwable exception) {
        int status;
        String description;
        if (exception instanceof ProblemException problem) {
            Problem p = problem.problem();
            status = p.status();
            description = describe(p);
        } else if (exception instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            status = web.getResponse().getStatus();
            description = status == 404 ? "Not found" : status == 405 ? "Method not allowed" : "Bad request";
        } else {
            String incident = UUID.randomUUID().toString();
            LOG.error("Open311 request failed, incident {}", incident, exception);
            status = 500;
            description = "Internal error, incident " + incident;
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", status);
        error.put("description", description);
        return Open311Format.list(status, format(), "errors", "error", List.of(error));
    }

    private static String describe(Problem p) {
        if (p.errors().isEmpty()) {
            return p.detail() == null ? "Error" : p.detail();
        }
        StringBuilder text = new StringBuilder();
        for (FieldError error : p.errors()) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(Open311Resource.open311Name(error.field())).append(' ').append(error.message());
        }
        return text.toString();
    }

    private String format() {
        try {
            return uri != null && uri.getPath().endsWith(".xml") ? Open311Format.XML : Open311Format.JSON;
        } catch (RuntimeException e) {
            return Open311Format.JSON;
        }
    }
}
