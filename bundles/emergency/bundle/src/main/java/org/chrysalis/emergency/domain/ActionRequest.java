package org.chrysalis.emergency.domain;

/** An action on a ticket, with an optional comment for its history. */
public record ActionRequest(TicketAction action, String comment) {
}
