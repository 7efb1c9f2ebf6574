package org.chrysalis.platform.api.audit;

import java.time.Instant;

/** Filters for the audit trail; null means "any". {@code from} is inclusive, {@code to} exclusive. */
public record AuditQuery(String actor, String capability, String entity, String entityId,
                         Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
