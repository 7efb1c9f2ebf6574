package org.chrysalis.deliberation.domain;

import static org.chrysalis.deliberation.domain.TopicAction.ADOPT;
import static org.chrysalis.deliberation.domain.TopicAction.CLOSE_VOTING;
import static org.chrysalis.deliberation.domain.TopicAction.COMPLETE;
import static org.chrysalis.deliberation.domain.TopicAction.DECLINE;
import static org.chrysalis.deliberation.domain.TopicAction.DELIBERATE;
import static org.chrysalis.deliberation.domain.TopicAction.EXPIRE;
import static org.chrysalis.deliberation.domain.TopicAction.NO_DECISION;
import static org.chrysalis.deliberation.domain.TopicAction.OPEN_VOTING;
import static org.chrysalis.deliberation.domain.TopicAction.PUBLISH;
import static org.chrysalis.deliberation.domain.TopicAction.REACH_THRESHOLD;
import static org.chrysalis.deliberation.domain.TopicAction.START_IMPLEMENTATION;
import static org.chrysalis.deliberation.domain.TopicAction.SUBMIT;
import static org.chrysalis.deliberation.domain.TopicAction.UPHOLD_OBJECTION;
import static org.chrysalis.deliberation.domain.TopicAction.WITHDRAW;
import static org.chrysalis.deliberation.domain.TopicStatus.COLLECTING;
import static org.chrysalis.deliberation.domain.TopicStatus.COMPLETED;
import static org.chrysalis.deliberation.domain.TopicStatus.DECIDED;
import static org.chrysalis.deliberation.domain.TopicStatus.DECLINED;
import static org.chrysalis.deliberation.domain.TopicStatus.DRAFT;
import static org.chrysalis.deliberation.domain.TopicStatus.EXPIRED;
import static org.chrysalis.deliberation.domain.TopicStatus.IMPLEMENTING;
import static org.chrysalis.deliberation.domain.TopicStatus.IN_DELIBERATION;
import static org.chrysalis.deliberation.domain.TopicStatus.IN_NOTICE;
import static org.chrysalis.deliberation.domain.TopicStatus.ON_AGENDA;
import static org.chrysalis.deliberation.domain.TopicStatus.VOTING;
import static org.chrysalis.deliberation.domain.TopicStatus.WITHDRAWN;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.chrysalis.platform.api.lifecycle.TransitionException;
import org.chrysalis.platform.api.lifecycle.TransitionTable;
import org.chrysalis.platform.api.security.Roles;

/**
 * The topic state machine: which action leads where and which roles may take it. Whether the
 * user is the topic's author, lives in its village, or whether the notice period is over are
 * the service's checks.
 */
public final class TopicLifecycle {

    private static final Set<String> COMMITTEE = Set.of(Roles.VILLAGE_COMMITTEE, Roles.ADMIN);

    private static final TransitionTable<TopicStatus, TopicAction> TABLE = TransitionTable
            .builder(TopicStatus.class, TopicAction.class)
            .move(DRAFT, SUBMIT, COLLECTING)
            .move(DRAFT, WITHDRAW, WITHDRAWN)

            .move(COLLECTING, REACH_THRESHOLD, ON_AGENDA)
            .move(COLLECTING, ADOPT, ON_AGENDA)
            .move(COLLECTING, DECLINE, DECLINED)
            .move(COLLECTING, WITHDRAW, WITHDRAWN)
            .move(COLLECTING, EXPIRE, EXPIRED)

            // minutes of a quorate meeting that discussed the topic move it on
            .move(ON_AGENDA, DELIBERATE, IN_DELIBERATION)
            .move(ON_AGENDA, DECLINE, DECLINED)
            .move(ON_AGENDA, WITHDRAW, WITHDRAWN)

            .move(IN_DELIBERATION, OPEN_VOTING, VOTING)

            // closing a vote that did not decide (no quorum, a tie, no majority) sends the topic back
            .move(VOTING, CLOSE_VOTING, DECIDED)
            .move(VOTING, NO_DECISION, IN_DELIBERATION)

            .move(DECIDED, PUBLISH, IN_NOTICE)

            .move(IN_NOTICE, UPHOLD_OBJECTION, IN_DELIBERATION)
            .move(IN_NOTICE, START_IMPLEMENTATION, IMPLEMENTING)

            .move(IMPLEMENTING, COMPLETE, COMPLETED)

            // the author withdraws; an administrator may withdraw on the author's behalf
            .roles(Set.of(Roles.VILLAGER, Roles.VILLAGE_COMMITTEE, Roles.ADMIN), SUBMIT)
            .roles(Set.of(Roles.VILLAGER, Roles.ADMIN), WITHDRAW)
            .roles(COMMITTEE, ADOPT, DECLINE, OPEN_VOTING, CLOSE_VOTING, PUBLISH, START_IMPLEMENTATION)
            .build();

    private TopicLifecycle() {
    }

    public static Set<String> rolesFor(TopicAction action) {
        return TABLE.rolesFor(action);
    }

    /** The actions these roles may take now; never the capability's own ones. */
    public static Set<TopicAction> allowed(TopicStatus status, Set<String> roles) {
        return TABLE.allowed(TABLE.moves(status), roles);
    }

    /**
     * Checks a user's action and returns the move. An action that does not exist from this status is
     * ILLEGAL (409) whatever the roles, so a stale client learns the topic moved on.
     */
    public static Transition apply(TopicStatus status, TopicAction action, Set<String> roles) {
        Objects.requireNonNull(action, "action");
        TopicStatus to = TABLE.target(TABLE.moves(status), action, roles,
                why -> new TransitionException(why, "topic", status, action, allowed(status, roles)));
        return new Transition(status, action, to);
    }

    /** A move the capability makes itself, or empty when it does not exist from this status. */
    public static Optional<Transition> system(TopicStatus status, TopicAction action) {
        return Optional.ofNullable(TABLE.moves(status).get(action)).map(to -> new Transition(status, action, to));
    }

    /**
     * Closing a vote: a user may close it (checked like {@link #apply}); when the count decided nothing
     * the topic goes back to deliberation instead of to DECIDED.
     */
    public static Transition closeVoting(TopicStatus status, Set<String> roles, boolean decided) {
        Transition close = apply(status, CLOSE_VOTING, roles);
        return decided ? close : new Transition(status, NO_DECISION, TABLE.moves(status).get(NO_DECISION));
    }
}
