package org.chrysalis.platform.core.rest;

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
import org.chrysalis.platform.api.rest.QueryParams;

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
        AuditQuery query = new AuditQuery(user, capability, entity, entityId, QueryParams.instant("from", from), QueryParams.instant("to", to));
        return audit.find(query, PageRequest.of(offset, limit));
    }
}
