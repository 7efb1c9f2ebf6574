package org.chrysalis.platform.api.audit;

import java.time.Instant;

/** A recorded write; {@code before} and {@code after} are JSON trees (maps, lists, values). */
public record AuditEntry(long id, Instant at, String actor, String capability, String entity,
                         String entityId, String action, Object before, Object after) {
}
