package org.chrysalis.platform.api.audit;

/**
 * One write to record. {@code before} and {@code after} are any objects that serialise to JSON
 * (typically the DTO of the entity); either is null when the entity did not exist.
 */
public record AuditEvent(String actor, String capability, String entity, String entityId,
                         String action, Object before, Object after) {
}
