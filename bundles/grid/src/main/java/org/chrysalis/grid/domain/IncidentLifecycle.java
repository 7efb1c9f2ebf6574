package org.chrysalis.grid.domain;

import static org.chrysalis.grid.domain.IncidentAction.ACCEPT;
import static org.chrysalis.grid.domain.IncidentAction.CLOSE;
import static org.chrysalis.grid.domain.IncidentAction.DISPATCH;
import static org.chrysalis.grid.domain.IncidentAction.ESCALATE;
import static org.chrysalis.grid.domain.IncidentAction.MERGE;
import static org.chrysalis.grid.domain.IncidentAction.REJECT;
import static org.chrysalis.grid.domain.IncidentAction.REOPEN;
import static org.chrysalis.grid.domain.IncidentAction.RESOLVE;
import static org.chrysalis.grid.domain.IncidentAction.START;
import static org.chrysalis.grid.domain.IncidentAction.TRANSFER;
import static org.chrysalis.grid.domain.IncidentAction.VERIFY;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.chrysalis.platform.api.lifecycle.TransitionException;
import org.chrysalis.platform.api.lifecycle.TransitionTable;
import org.chrysalis.platform.api.security.Roles;

/**
 * The incident state machine: which action leads where, and which roles may take it.
 *
 * <p>{@link IncidentStatus#ESCALATED} has no moves of its own: an escalated incident keeps the status it
 * was escalated from (its "resume status", stored beside it) and continues with that status's moves, so
 * escalation flags an incident without making anyone redo work.
 */
public final class IncidentLifecycle {

    private static final TransitionTable<IncidentStatus, IncidentAction> TABLE = TransitionTable
            .builder(IncidentStatus.class, IncidentAction.class)
            .move(IncidentStatus.REPORTED, ACCEPT, IncidentStatus.ACCEPTED)
            .move(IncidentStatus.REPORTED, REJECT, IncidentStatus.REJECTED)
            .move(IncidentStatus.REPORTED, MERGE, IncidentStatus.MERGED)
            .move(IncidentStatus.REPORTED, TRANSFER, IncidentStatus.TRANSFERRED)
            .move(IncidentStatus.REPORTED, ESCALATE, IncidentStatus.ESCALATED)

            .move(IncidentStatus.ACCEPTED, DISPATCH, IncidentStatus.DISPATCHED)
            .move(IncidentStatus.ACCEPTED, REJECT, IncidentStatus.REJECTED)
            .move(IncidentStatus.ACCEPTED, MERGE, IncidentStatus.MERGED)
            .move(IncidentStatus.ACCEPTED, TRANSFER, IncidentStatus.TRANSFERRED)
            .move(IncidentStatus.ACCEPTED, ESCALATE, IncidentStatus.ESCALATED)

            .move(IncidentStatus.DISPATCHED, START, IncidentStatus.IN_PROGRESS)
            // the department may turn out to be the wrong one
            .move(IncidentStatus.DISPATCHED, DISPATCH, IncidentStatus.DISPATCHED)
            .move(IncidentStatus.DISPATCHED, ESCALATE, IncidentStatus.ESCALATED)

            .move(IncidentStatus.IN_PROGRESS, RESOLVE, IncidentStatus.RESOLVED)
            .move(IncidentStatus.IN_PROGRESS, ESCALATE, IncidentStatus.ESCALATED)

            .move(IncidentStatus.RESOLVED, VERIFY, IncidentStatus.VERIFIED)
            .move(IncidentStatus.RESOLVED, REOPEN, IncidentStatus.REOPENED)

            .move(IncidentStatus.VERIFIED, CLOSE, IncidentStatus.CLOSED)

            .move(IncidentStatus.REOPENED, START, IncidentStatus.IN_PROGRESS)
            .move(IncidentStatus.REOPENED, DISPATCH, IncidentStatus.DISPATCHED)
            .move(IncidentStatus.REOPENED, ESCALATE, IncidentStatus.ESCALATED)

            .roles(Set.of(Roles.DISPATCHER, Roles.ADMIN), ACCEPT, REJECT, DISPATCH, MERGE, TRANSFER, CLOSE)
            .roles(Set.of(Roles.GRID_WORKER, Roles.DISPATCHER, Roles.ADMIN), START, RESOLVE, VERIFY, REOPEN)
            // ESCALATE has no roles: only the scheduler escalates, through escalate(status)
            .build();

    private IncidentLifecycle() {
    }

    /** The roles of which a user needs any one to take this action; empty for {@link IncidentAction#ESCALATE}. */
    public static Set<String> rolesFor(IncidentAction action) {
        return TABLE.rolesFor(action);
    }

    /**
     * The actions these roles may take now, in declaration order; never {@link IncidentAction#ESCALATE}.
     *
     * @param resumeStatus read only when {@code status} is {@link IncidentStatus#ESCALATED}
     */
    public static Set<IncidentAction> allowed(IncidentStatus status, IncidentStatus resumeStatus, Set<String> roles) {
        return TABLE.allowed(moves(status, resumeStatus), roles);
    }

    /**
     * Checks the action and returns the move it makes. An action that does not exist from this status
     * is {@link TransitionException.Kind#ILLEGAL} whatever the roles, so a stale client learns that the
     * incident moved on rather than that it lacks a role.
     *
     * @param resumeStatus read only when {@code status} is {@link IncidentStatus#ESCALATED}
     * @throws TransitionException when the action is refused
     */
    public static Transition apply(IncidentStatus status, IncidentStatus resumeStatus, IncidentAction action,
                                   Set<String> roles) {
        Objects.requireNonNull(action, "action");
        var to = TABLE.target(moves(status, resumeStatus), action, roles,
                why -> refusal(why, status, action, allowed(status, resumeStatus, roles)));
        return new Transition(status, action, to);
    }

    private static TransitionException refusal(TransitionException.Kind why, IncidentStatus status,
                                               IncidentAction action, Set<IncidentAction> allowed) {
        // grid's clients have always read "... cannot be ..." for a move that does not exist, not the
        // standard "... does not allow ..."; its role refusal has always read like the standard one
        return why == TransitionException.Kind.ILLEGAL
                ? TransitionException.withMessage(why, "An incident that is " + status + " cannot be " + action + ".",
                        status, action, allowed)
                : new TransitionException(why, "incident", status, action, allowed);
    }

    /**
     * The scheduler's escalation of an overdue incident, or empty when this status cannot be escalated
     * (terminal, already escalated, or waiting for verification or closing, where the work is done).
     * The caller stores {@code status} as the resume status.
     */
    public static Optional<Transition> escalate(IncidentStatus status) {
        Objects.requireNonNull(status, "status");
        return Optional.ofNullable(TABLE.moves(status).get(ESCALATE))
                .map(to -> new Transition(status, ESCALATE, to));
    }

    private static Map<IncidentAction, IncidentStatus> moves(IncidentStatus status, IncidentStatus resumeStatus) {
        Objects.requireNonNull(status, "status");
        if (status != IncidentStatus.ESCALATED) {
            return TABLE.moves(status);
        }
        if (resumeStatus == null || escalate(resumeStatus).isEmpty()) {
            throw new IllegalArgumentException(
                    "an escalated incident needs the status it was escalated from, not " + resumeStatus);
        }
        var resumed = new EnumMap<>(TABLE.moves(resumeStatus));
        resumed.remove(ESCALATE);
        return Collections.unmodifiableMap(resumed);
    }
}
