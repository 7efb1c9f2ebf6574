package org.chrysalis.platform.core.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.chrysalis.platform.api.audit.AuditEntry;
import org.chrysalis.platform.api.audit.AuditQuery;
import org.chrysalis.platform.api.audit.AuditService;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.problem.ProblemException;

/** The audit trail, newest first, for administrators. */
@Path("v1/platform/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class AuditResource {

    private final AuditService audit;

    public AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    public Page<AuditEntry> find(@QueryParam("user") String user, @QueryParam("capability") String capability,
                                 @QueryParam("entity") String entity, @QueryParam("entityId") String entityId,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        AuditQuery query = new AuditQuery(user, capability, entity, entityId, instant("from", from), instant("to", to));
        return audit.find(query, PageRequest.of(offset, limit));
    }

    private static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO-8601 date-time with offset, e.g. 2026-01-31T08:00:00+08:00");
        }
    }
}
