package org.chrysalis.emergency.domain;

import java.util.Set;

import org.chrysalis.platform.api.lifecycle.TransitionTable;
import org.chrysalis.platform.api.problem.Problem;
import org.chrysalis.platform.api.problem.ProblemException;

/** The ticket's state machine as a table: which action leads where, and who may take it. */
public final class TicketLifecycle {

    static final TransitionTable<TicketStatus, TicketAction> TABLE = TransitionTable
            .builder(TicketStatus.class, TicketAction.class)
            .move(TicketStatus.OPEN, TicketAction.START, TicketStatus.IN_PROGRESS)
            .move(TicketStatus.OPEN, TicketAction.CANCEL, TicketStatus.CANCELLED)
            .move(TicketStatus.IN_PROGRESS, TicketAction.FINISH, TicketStatus.DONE)
            .move(TicketStatus.IN_PROGRESS, TicketAction.CANCEL, TicketStatus.CANCELLED)
            .move(TicketStatus.DONE, TicketAction.REOPEN, TicketStatus.IN_PROGRESS)
            .roles(EmergencyRoles.WRITERS, TicketAction.values())
            .build();

    private TicketLifecycle() {
    }

    /** The status after {@code action}; 409 when the move does not exist, 403 when these roles may not make it. */
    public static TicketStatus next(TicketStatus from, TicketAction action, Set<String> roles) {
        TicketStatus to = TABLE.moves(from).get(action);
        Set<TicketAction> allowed = allowed(from, roles);
        if (to == null) {
            throw new ProblemException(Problem.of(409, "illegal-transition",
                    action + " is not possible from " + from).withExtension("allowedActions", allowed));
        }
        if (!TABLE.mayTake(action, roles)) {
            throw new ProblemException(Problem.of(403, "forbidden",
                    "Your roles may not " + action + " a ticket").withExtension("allowedActions", allowed));
        }
        return to;
    }

    /** The actions these roles may take from {@code status}, to draw buttons with. */
    public static Set<TicketAction> allowed(TicketStatus status, Set<String> roles) {
        return TABLE.allowed(TABLE.moves(status), roles);
    }
}
