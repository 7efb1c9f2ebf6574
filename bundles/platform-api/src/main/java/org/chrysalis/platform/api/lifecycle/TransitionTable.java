package org.chrysalis.platform.api.lifecycle;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A lifecycle as data: the moves out of each status ({@code action → target}) and the roles of
 * which a user needs any one to take each action. Capabilities keep their rules (what an action
 * requires, who owns a case) around it; the table only answers "where does this lead" and "may
 * these roles". An action with no roles is taken only by the platform itself (a scheduler).
 */
public final class TransitionTable<S extends Enum<S>, A extends Enum<A>> {

    private final Class<A> actions;
    private final Map<S, Map<A, S>> moves;
    private final Map<A, Set<String>> roles;

    private TransitionTable(Class<A> actions, Map<S, Map<A, S>> moves, Map<A, Set<String>> roles) {
        this.actions = actions;
        this.moves = moves;
        this.roles = roles;
    }

    public static <S extends Enum<S>, A extends Enum<A>> Builder<S, A> builder(Class<S> states, Class<A> actions) {
        return new Builder<>(states, actions);
    }

    /** The moves out of {@code status}, in action declaration order; empty for a terminal status. */
    public Map<A, S> moves(S status) {
        return moves.getOrDefault(Objects.requireNonNull(status, "status"), Map.of());
    }

    /** The roles of which a user needs any one; empty when only the platform takes the action. */
    public Set<String> rolesFor(A action) {
        return roles.getOrDefault(Objects.requireNonNull(action, "action"), Set.of());
    }

    public boolean mayTake(A action, Set<String> userRoles) {
        return userRoles != null && rolesFor(action).stream().anyMatch(userRoles::contains);
    }

    /** Of these moves, the actions these roles may take, in declaration order. */
    public Set<A> allowed(Map<A, S> available, Set<String> userRoles) {
        Set<A> result = EnumSet.noneOf(actions);
        for (A action : available.keySet()) {
            if (mayTake(action, userRoles)) {
                result.add(action);
            }
        }
        return result;
    }

    /**
     * Where {@code action} leads from these moves, once it is checked. A move that does not exist is
     * refused as {@link TransitionException.Kind#ILLEGAL} whatever the roles, so a stale client learns
     * that the case moved on rather than that it lacks a role; a move these roles may not take is
     * refused as {@link TransitionException.Kind#FORBIDDEN}.
     *
     * @param available the moves out of the current status, usually {@link #moves}
     * @param refusal   builds the capability's refusal of each kind (its noun, its allowed actions)
     * @throws TransitionException the refusal, when the action is refused
     */
    public S target(Map<A, S> available, A action, Set<String> userRoles,
                    Function<TransitionException.Kind, TransitionException> refusal) {
        S to = available.get(Objects.requireNonNull(action, "action"));
        if (to == null) {
            throw refusal.apply(TransitionException.Kind.ILLEGAL);
        }
        if (!mayTake(action, userRoles)) {
            throw refusal.apply(TransitionException.Kind.FORBIDDEN);
        }
        return to;
    }

    /** Builds the table once, in a static initialiser of the capability's lifecycle. */
    public static final class Builder<S extends Enum<S>, A extends Enum<A>> {

        private final Class<A> actions;
        private final Map<S, Map<A, S>> moves;
        private final Map<A, Set<String>> roles;

        private Builder(Class<S> states, Class<A> actions) {
            this.actions = actions;
            this.moves = new EnumMap<>(states);
            this.roles = new EnumMap<>(actions);
        }

        public Builder<S, A> move(S from, A action, S to) {
            moves.computeIfAbsent(from, s -> new EnumMap<>(actions)).put(action, to);
            return this;
        }

        @SafeVarargs
        public final Builder<S, A> roles(Set<String> allowed, A... forActions) {
            for (A action : forActions) {
                roles.put(action, Set.copyOf(allowed));
            }
            return this;
        }

        public TransitionTable<S, A> build() {
            Map<S, Map<A, S>> frozen = new EnumMap<>(moves);
            frozen.replaceAll((status, out) -> Collections.unmodifiableMap(new EnumMap<>(out)));
            return new TransitionTable<>(actions, Collections.unmodifiableMap(frozen), Map.copyOf(roles));
        }
    }
}
