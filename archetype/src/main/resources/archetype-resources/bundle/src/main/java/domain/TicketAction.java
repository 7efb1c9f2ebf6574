package ${package}.domain;

/** What a user can do to a ticket. */
public enum TicketAction {
    START, FINISH, REOPEN, CANCEL
}
