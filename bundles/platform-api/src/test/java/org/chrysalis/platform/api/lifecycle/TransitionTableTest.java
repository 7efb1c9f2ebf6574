package org.chrysalis.platform.api.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

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
}
