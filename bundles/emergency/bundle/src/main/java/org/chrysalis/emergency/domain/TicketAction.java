package org.chrysalis.emergency.domain;

/** What a user can do to a ticket. */
public enum TicketAction {
    START, FINISH, REOPEN, CANCEL
}
