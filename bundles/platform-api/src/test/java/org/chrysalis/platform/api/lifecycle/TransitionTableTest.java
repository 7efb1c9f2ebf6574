package org.chrysalis.platform.api.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;

import org.chrysalis.platform.api.lifecycle.TransitionException.Kind;
import org.junit.jupiter.api.Test;

class TransitionTableTest {

    enum State { OPEN, CLOSED, EXPIRED }

    enum Action { CLOSE, REOPEN, EXPIRE }

    private final TransitionTable<State, Action> table = TransitionTable.builder(State.class, Action.class)
            .move(State.OPEN, Action.EXPIRE, State.EXPIRED)
            .move(State.OPEN, Action.CLOSE, State.CLOSED)
            .move(State.CLOSED, Action.REOPEN, State.OPEN)
            .roles(Set.of("admin", "clerk"), Action.CLOSE)
            .roles(Set.of("admin"), Action.REOPEN)
            .build();

    @Test
    void movesComeInActionDeclarationOrder() {
        assertThat(table.moves(State.OPEN).keySet()).containsExactly(Action.CLOSE, Action.EXPIRE);
        assertThat(table.moves(State.EXPIRED)).isEmpty();
    }

    @Test
    void anyOneOfTheRolesIsEnough() {
        assertThat(table.mayTake(Action.CLOSE, Set.of("clerk", "other"))).isTrue();
        assertThat(table.mayTake(Action.REOPEN, Set.of("clerk"))).isFalse();
        assertThat(table.mayTake(Action.CLOSE, null)).isFalse();
    }

    @Test
    void actionsWithoutRolesAreThePlatformsOnly() {
        assertThat(table.rolesFor(Action.EXPIRE)).isEmpty();
        assertThat(table.allowed(table.moves(State.OPEN), Set.of("admin"))).containsExactly(Action.CLOSE);
    }

    @Test
    void theTargetOfAnAllowedMove() {
        assertThat(table.target(table.moves(State.OPEN), Action.CLOSE, Set.of("clerk"), this::refusal))
                .isEqualTo(State.CLOSED);
    }

    @Test
    void aMoveThatDoesNotExistIsIllegalWhateverTheRoles() {
        var refused = catchThrowableOfType(TransitionException.class,
                () -> table.target(table.moves(State.CLOSED), Action.CLOSE, Set.of(), this::refusal));
        assertThat(refused.kind()).isEqualTo(Kind.ILLEGAL);
    }

    @Test
    void aMoveTheRolesMayNotTakeIsForbidden() {
        var refused = catchThrowableOfType(TransitionException.class,
                () -> table.target(table.moves(State.CLOSED), Action.REOPEN, Set.of("clerk"), this::refusal));
        assertThat(refused.kind()).isEqualTo(Kind.FORBIDDEN);
        // the platform's own actions are refused to every user
        assertThat(catchThrowableOfType(TransitionException.class,
                () -> table.target(table.moves(State.OPEN), Action.EXPIRE, Set.of("admin"), this::refusal)).kind())
                .isEqualTo(Kind.FORBIDDEN);
    }

    private TransitionException refusal(Kind why) {
        return new TransitionException(why, "case", State.OPEN, Action.CLOSE, Set.of());
    }
}
