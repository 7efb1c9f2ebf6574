package org.chrysalis.campaigns.domain;

import static org.chrysalis.campaigns.domain.TaskAction.ACCEPT;
import static org.chrysalis.campaigns.domain.TaskAction.ESCALATE;
import static org.chrysalis.campaigns.domain.TaskAction.REJECT;
import static org.chrysalis.campaigns.domain.TaskAction.REOPEN;
import static org.chrysalis.campaigns.domain.TaskAction.START;
import static org.chrysalis.campaigns.domain.TaskAction.SUBMIT;
import static org.chrysalis.campaigns.domain.TaskStatus.ACCEPTED;
import static org.chrysalis.campaigns.domain.TaskStatus.IN_RECTIFICATION;
import static org.chrysalis.campaigns.domain.TaskStatus.OPEN;
import static org.chrysalis.campaigns.domain.TaskStatus.SUBMITTED;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.chrysalis.platform.api.lifecycle.TransitionException;
import org.chrysalis.platform.api.lifecycle.TransitionTable;
import org.chrysalis.platform.api.security.Roles;

/**
 * The rectification task state machine. Responsible departments have no accounts on the
 * platform yet, so the campaign office (admin) or the inspector on site records a department's
 * start and submission on its behalf; only an inspector verifies (accepts, rejects, reopens),
 * so the one who enters a submission for the office is never the only check on it.
 */
public final class TaskLifecycle {

    private static final TransitionTable<TaskStatus, TaskAction> TABLE = TransitionTable
            .builder(TaskStatus.class, TaskAction.class)
            .move(OPEN, START, IN_RECTIFICATION)
            .move(OPEN, ESCALATE, OPEN)
            .move(IN_RECTIFICATION, SUBMIT, SUBMITTED)
            .move(IN_RECTIFICATION, ESCALATE, IN_RECTIFICATION)
            .move(SUBMITTED, ACCEPT, ACCEPTED)
            .move(SUBMITTED, REJECT, IN_RECTIFICATION)
            .move(ACCEPTED, REOPEN, IN_RECTIFICATION)
            .roles(Set.of(Roles.ADMIN, Roles.INSPECTOR), START, SUBMIT)
            .roles(Set.of(Roles.INSPECTOR), ACCEPT, REJECT, REOPEN)
            // ESCALATE has no roles: only the scheduler escalates, through escalate(status)
            .build();

    private TaskLifecycle() {
    }

    public static Set<String> rolesFor(TaskAction action) {
        return TABLE.rolesFor(action);
    }

    /** The actions these roles may take now, in declaration order; never {@link TaskAction#ESCALATE}. */
    public static Set<TaskAction> allowed(TaskStatus status, Set<String> roles) {
        return TABLE.allowed(TABLE.moves(status), roles);
    }

    /**
     * Checks the action and returns the move it makes. An action that does not exist from this status is
     * {@link TransitionException.Kind#ILLEGAL} whatever the roles, so a stale client learns that the
     * task moved on rather than that it lacks a role.
     */
    public static Transition apply(TaskStatus status, TaskAction action, Set<String> roles) {
        Objects.requireNonNull(action, "action");
        var to = TABLE.target(TABLE.moves(status), action, roles,
                why -> new TransitionException(why, "task", status, action, allowed(status, roles)));
        return new Transition(status, action, to);
    }

    /** The scheduler's escalation, or empty when the department is not the one holding the task. */
    public static Optional<Transition> escalate(TaskStatus status) {
        return Optional.ofNullable(TABLE.moves(status).get(ESCALATE)).map(to -> new Transition(status, ESCALATE, to));
    }
}
