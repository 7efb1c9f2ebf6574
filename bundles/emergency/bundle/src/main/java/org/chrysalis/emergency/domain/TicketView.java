package org.chrysalis.emergency.domain;

import java.time.Instant;
import java.util.Set;

/** A ticket as the API shows it, with the actions the caller may take next. */
public record TicketView(long id, String title, String description, TicketStatus status, String createdBy,
                         Instant createdAt, Instant dueAt, Instant updatedAt, Set<TicketAction> allowedActions) {
}
