package org.chrysalis.mediation.domain;

import static org.chrysalis.mediation.domain.DisputeAction.ACCEPT;
import static org.chrysalis.mediation.domain.DisputeAction.AGREE;
import static org.chrysalis.mediation.domain.DisputeAction.ASSIGN;
import static org.chrysalis.mediation.domain.DisputeAction.CONFIRM;
import static org.chrysalis.mediation.domain.DisputeAction.DECLINE;
import static org.chrysalis.mediation.domain.DisputeAction.DEFAULT;
import static org.chrysalis.mediation.domain.DisputeAction.EXPIRE;
import static org.chrysalis.mediation.domain.DisputeAction.EXTEND;
import static org.chrysalis.mediation.domain.DisputeAction.FAIL;
import static org.chrysalis.mediation.domain.DisputeAction.FULFIL;
import static org.chrysalis.mediation.domain.DisputeAction.REASSIGN;
import static org.chrysalis.mediation.domain.DisputeAction.REFER;
import static org.chrysalis.mediation.domain.DisputeAction.SCHEDULE_SESSION;
import static org.chrysalis.mediation.domain.DisputeAction.START;
import static org.chrysalis.mediation.domain.DisputeAction.WITHDRAW;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.chrysalis.platform.api.lifecycle.TransitionException;
import org.chrysalis.platform.api.lifecycle.TransitionTable;
import org.chrysalis.platform.api.security.Roles;

/**
 * The dispute state machine: which action leads where, and which roles may take it. It knows roles,
 * not people: whether this mediator is the one assigned to this dispute, and whether the parties have
 * already used their one reassignment, are the service's checks.
 */
public final class DisputeLifecycle {

    private static final TransitionTable<DisputeStatus, DisputeAction> TABLE = TransitionTable
            .builder(DisputeStatus.class, DisputeAction.class)
            .move(DisputeStatus.FILED, ACCEPT, DisputeStatus.ACCEPTED)
            .move(DisputeStatus.FILED, DECLINE, DisputeStatus.DECLINED)
            .move(DisputeStatus.FILED, WITHDRAW, DisputeStatus.WITHDRAWN)

            .move(DisputeStatus.ACCEPTED, ASSIGN, DisputeStatus.ASSIGNED)
            .move(DisputeStatus.ACCEPTED, WITHDRAW, DisputeStatus.WITHDRAWN)
            .move(DisputeStatus.ACCEPTED, EXPIRE, DisputeStatus.EXPIRED)

            .move(DisputeStatus.ASSIGNED, START, DisputeStatus.IN_MEDIATION)
            .move(DisputeStatus.ASSIGNED, REASSIGN, DisputeStatus.ASSIGNED)
            .move(DisputeStatus.ASSIGNED, WITHDRAW, DisputeStatus.WITHDRAWN)
            .move(DisputeStatus.ASSIGNED, EXPIRE, DisputeStatus.EXPIRED)

            // sessions and the one extension keep the mediation running, so they stay in place
            .move(DisputeStatus.IN_MEDIATION, SCHEDULE_SESSION, DisputeStatus.IN_MEDIATION)
            .move(DisputeStatus.IN_MEDIATION, EXTEND, DisputeStatus.IN_MEDIATION)
            .move(DisputeStatus.IN_MEDIATION, AGREE, DisputeStatus.AGREEMENT)
            .move(DisputeStatus.IN_MEDIATION, FAIL, DisputeStatus.FAILED)
            .move(DisputeStatus.IN_MEDIATION, WITHDRAW, DisputeStatus.WITHDRAWN)
            .move(DisputeStatus.IN_MEDIATION, EXPIRE, DisputeStatus.EXPIRED)

            .move(DisputeStatus.AGREEMENT, CONFIRM, DisputeStatus.JUDICIALLY_CONFIRMED)
            .move(DisputeStatus.AGREEMENT, FULFIL, DisputeStatus.FULFILLED)
            .move(DisputeStatus.AGREEMENT, DEFAULT, DisputeStatus.DEFAULTED)

            .move(DisputeStatus.JUDICIALLY_CONFIRMED, FULFIL, DisputeStatus.FULFILLED)
            .move(DisputeStatus.JUDICIALLY_CONFIRMED, DEFAULT, DisputeStatus.DEFAULTED)

            .move(DisputeStatus.FAILED, REFER, DisputeStatus.REFERRED_TO_COURT)

            .roles(Set.of(Roles.MEDIATOR, Roles.ADMIN), ACCEPT, DECLINE, START, SCHEDULE_SESSION, EXTEND, AGREE, FAIL,
                    FULFIL, DEFAULT, REFER)
            // assignment, withdrawal and the court's confirmation are recorded by the office, not by the mediator
            .roles(Set.of(Roles.ADMIN), ASSIGN, REASSIGN, WITHDRAW, CONFIRM)
            // EXPIRE has no roles: only the scheduler expires, through expire(status)
            .build();

    private DisputeLifecycle() {
    }

    /** The roles of which a user needs any one to take this action; empty for {@link DisputeAction#EXPIRE}. */
    public static Set<String> rolesFor(DisputeAction action) {
        return TABLE.rolesFor(action);
    }

    /** The actions these roles may take now, in declaration order; never {@link DisputeAction#EXPIRE}. */
    public static Set<DisputeAction> allowed(DisputeStatus status, Set<String> roles) {
        return TABLE.allowed(TABLE.moves(status), roles);
    }

    /**
     * Checks the action and returns the move it makes. An action that does not exist from this status is
     * {@link TransitionException.Kind#ILLEGAL} whatever the roles, so a stale client learns that the
     * dispute moved on rather than that it lacks a role.
     *
     * @throws TransitionException when the action is refused
     */
    public static Transition apply(DisputeStatus status, DisputeAction action, Set<String> roles) {
        Objects.requireNonNull(action, "action");
        var to = TABLE.target(TABLE.moves(status), action, roles,
                why -> new TransitionException(why, "dispute", status, action, allowed(status, roles)));
        return new Transition(status, action, to);
    }

    /**
     * The scheduler's expiry of a dispute whose mediation deadline passed, or empty when this status
     * cannot expire (not yet accepted, already decided, or terminal).
     */
    public static Optional<Transition> expire(DisputeStatus status) {
        return Optional.ofNullable(TABLE.moves(status).get(EXPIRE)).map(to -> new Transition(status, EXPIRE, to));
    }
}
