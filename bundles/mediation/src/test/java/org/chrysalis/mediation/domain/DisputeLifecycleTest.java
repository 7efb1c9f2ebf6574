package org.chrysalis.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
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
import static org.chrysalis.mediation.domain.DisputeStatus.ACCEPTED;
import static org.chrysalis.mediation.domain.DisputeStatus.AGREEMENT;
import static org.chrysalis.mediation.domain.DisputeStatus.ASSIGNED;
import static org.chrysalis.mediation.domain.DisputeStatus.DECLINED;
import static org.chrysalis.mediation.domain.DisputeStatus.DEFAULTED;
import static org.chrysalis.mediation.domain.DisputeStatus.EXPIRED;
import static org.chrysalis.mediation.domain.DisputeStatus.FAILED;
import static org.chrysalis.mediation.domain.DisputeStatus.FILED;
import static org.chrysalis.mediation.domain.DisputeStatus.FULFILLED;
import static org.chrysalis.mediation.domain.DisputeStatus.IN_MEDIATION;
import static org.chrysalis.mediation.domain.DisputeStatus.JUDICIALLY_CONFIRMED;
import static org.chrysalis.mediation.domain.DisputeStatus.REFERRED_TO_COURT;
import static org.chrysalis.mediation.domain.DisputeStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.chrysalis.platform.api.lifecycle.TransitionException.Kind;
import org.chrysalis.platform.api.lifecycle.TransitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Expectations come from the table below, written out from the specification, never from the lifecycle itself. */
class DisputeLifecycleTest {

    private static final List<String> EVERY_ROLE = List.of("admin", "grid-worker", "dispatcher", "mediator",
            "village-committee", "villager", "inspector", "parking-operator", "integrator");
    private static final Set<String> MEDIATING = Set.of("mediator", "admin");
    private static final Set<String> ADMIN_ONLY = Set.of("admin");
    private static final Set<String> NOBODY = Set.of();

    record Row(DisputeStatus from, DisputeAction action, DisputeStatus to, Set<String> roles) {
        @Override
        public String toString() {
            return from + " -" + action + "-> " + to;
        }
    }

    private static final List<Row> TABLE = List.of(
            new Row(FILED, ACCEPT, ACCEPTED, MEDIATING),
            new Row(FILED, DECLINE, DECLINED, MEDIATING),
            new Row(FILED, WITHDRAW, WITHDRAWN, ADMIN_ONLY),

            new Row(ACCEPTED, ASSIGN, ASSIGNED, ADMIN_ONLY),
            new Row(ACCEPTED, WITHDRAW, WITHDRAWN, ADMIN_ONLY),
            new Row(ACCEPTED, EXPIRE, EXPIRED, NOBODY),

            new Row(ASSIGNED, START, IN_MEDIATION, MEDIATING),
            new Row(ASSIGNED, REASSIGN, ASSIGNED, ADMIN_ONLY),
            new Row(ASSIGNED, WITHDRAW, WITHDRAWN, ADMIN_ONLY),
            new Row(ASSIGNED, EXPIRE, EXPIRED, NOBODY),

            new Row(IN_MEDIATION, SCHEDULE_SESSION, IN_MEDIATION, MEDIATING),
            new Row(IN_MEDIATION, EXTEND, IN_MEDIATION, MEDIATING),
            new Row(IN_MEDIATION, AGREE, AGREEMENT, MEDIATING),
            new Row(IN_MEDIATION, FAIL, FAILED, MEDIATING),
            new Row(IN_MEDIATION, WITHDRAW, WITHDRAWN, ADMIN_ONLY),
            new Row(IN_MEDIATION, EXPIRE, EXPIRED, NOBODY),

            new Row(AGREEMENT, CONFIRM, JUDICIALLY_CONFIRMED, ADMIN_ONLY),
            new Row(AGREEMENT, FULFIL, FULFILLED, MEDIATING),
            new Row(AGREEMENT, DEFAULT, DEFAULTED, MEDIATING),

            new Row(JUDICIALLY_CONFIRMED, FULFIL, FULFILLED, MEDIATING),
            new Row(JUDICIALLY_CONFIRMED, DEFAULT, DEFAULTED, MEDIATING),

            new Row(FAILED, REFER, REFERRED_TO_COURT, MEDIATING));

    private static final Set<DisputeStatus> TERMINAL =
            EnumSet.of(DECLINED, FULFILLED, DEFAULTED, REFERRED_TO_COURT, WITHDRAWN, EXPIRED);

    private static Optional<Row> row(DisputeStatus from, DisputeAction action) {
        return TABLE.stream().filter(r -> r.from() == from && r.action() == action).findFirst();
    }

    static Stream<Arguments> everyRowWithEveryRole() {
        return TABLE.stream().flatMap(row -> EVERY_ROLE.stream().map(role -> Arguments.of(row, role)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyRowWithEveryRole")
    void eachMoveIsTakenExactlyByItsRoles(Row row, String role) {
        if (row.roles().contains(role)) {
            assertThat(DisputeLifecycle.apply(row.from(), row.action(), Set.of(role)))
                    .isEqualTo(new Transition(row.from(), row.action(), row.to()));
        } else {
            var refused = catchThrowableOfType(TransitionException.class,
                    () -> DisputeLifecycle.apply(row.from(), row.action(), Set.of(role)));
            assertThat(refused.kind()).isEqualTo(Kind.FORBIDDEN);
            assertThat(refused.toProblemException().problem().status()).isEqualTo(403);
        }
    }

    static Stream<Arguments> everyPairOutsideTheTable() {
        return Stream.of(DisputeStatus.values())
                .flatMap(status -> Stream.of(DisputeAction.values()).map(action -> Arguments.of(status, action)))
                .filter(args -> row((DisputeStatus) args.get()[0], (DisputeAction) args.get()[1]).isEmpty());
    }

    @ParameterizedTest(name = "{0} then {1}")
    @MethodSource("everyPairOutsideTheTable")
    void anyOtherMoveIsIllegalWhateverTheRoles(DisputeStatus status, DisputeAction action) {
        var refused = catchThrowableOfType(TransitionException.class,
                () -> DisputeLifecycle.apply(status, action, Set.copyOf(EVERY_ROLE)));
        assertThat(refused.kind()).isEqualTo(Kind.ILLEGAL);
        assertThat(refused.status()).isEqualTo(status);
        assertThat(refused.action()).isEqualTo(action);
        assertThat(refused.toProblemException().problem().status()).isEqualTo(409);
    }

    @ParameterizedTest
    @EnumSource(DisputeStatus.class)
    void allowedListsTheTableRowsOfEachRoleButNeverExpire(DisputeStatus status) {
        for (var role : EVERY_ROLE) {
            var expected = EnumSet.noneOf(DisputeAction.class);
            TABLE.stream()
                    .filter(r -> r.from() == status && r.roles().contains(role))
                    .forEach(r -> expected.add(r.action()));
            assertThat(DisputeLifecycle.allowed(status, Set.of(role))).as(role).isEqualTo(expected);
        }
    }

    @Test
    void allowedSpelledOutForTheBusyStatuses() {
        assertThat(DisputeLifecycle.allowed(FILED, Set.of("mediator"))).containsExactly(ACCEPT, DECLINE);
        assertThat(DisputeLifecycle.allowed(FILED, Set.of("admin"))).containsExactly(ACCEPT, DECLINE, WITHDRAW);
        assertThat(DisputeLifecycle.allowed(IN_MEDIATION, Set.of("mediator")))
                .containsExactly(SCHEDULE_SESSION, EXTEND, AGREE, FAIL);
        assertThat(DisputeLifecycle.allowed(IN_MEDIATION, Set.of("admin")))
                .containsExactly(SCHEDULE_SESSION, EXTEND, AGREE, FAIL, WITHDRAW);
        assertThat(DisputeLifecycle.allowed(AGREEMENT, Set.of("mediator"))).containsExactly(FULFIL, DEFAULT);
        assertThat(DisputeLifecycle.allowed(AGREEMENT, Set.of("admin"))).containsExactly(CONFIRM, FULFIL, DEFAULT);
        assertThat(DisputeLifecycle.allowed(ACCEPTED, Set.of("mediator"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DisputeStatus.class)
    void terminalStatusesAllowNothingToAnybody(DisputeStatus status) {
        if (TERMINAL.contains(status)) {
            assertThat(DisputeLifecycle.allowed(status, Set.copyOf(EVERY_ROLE))).isEmpty();
            assertThat(DisputeLifecycle.expire(status)).isEmpty();
        } else {
            assertThat(DisputeLifecycle.allowed(status, Set.copyOf(EVERY_ROLE))).isNotEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DisputeStatus.class)
    void onlyTheStatusesWithARunningDeadlineExpire(DisputeStatus status) {
        var expiring = Set.of(ACCEPTED, ASSIGNED, IN_MEDIATION);
        if (expiring.contains(status)) {
            assertThat(DisputeLifecycle.expire(status)).contains(new Transition(status, EXPIRE, EXPIRED));
        } else {
            assertThat(DisputeLifecycle.expire(status)).isEmpty();
        }
    }

    @Test
    void anyOneMatchingRoleIsEnough() {
        assertThat(DisputeLifecycle.apply(FILED, ACCEPT, Set.of("villager", "mediator")).to()).isEqualTo(ACCEPTED);
    }

    @Test
    void noRolesAtAllIsForbiddenNotAnError() {
        var refused = catchThrowableOfType(TransitionException.class,
                () -> DisputeLifecycle.apply(FILED, ACCEPT, null));
        assertThat(refused.kind()).isEqualTo(Kind.FORBIDDEN);
        assertThat(refused.allowed()).isEmpty();
        assertThat(DisputeLifecycle.allowed(FILED, null)).isEmpty();
    }

    @Test
    void evenAnAdminCannotExpireByHand() {
        var refused = catchThrowableOfType(TransitionException.class,
                () -> DisputeLifecycle.apply(IN_MEDIATION, EXPIRE, Set.of("admin")));
        assertThat(refused.kind()).isEqualTo(Kind.FORBIDDEN);
        assertThat(refused.allowed()).doesNotContain(EXPIRE);
    }

    @Test
    void illegalMoveAnswers409WithStatusAndTheActionsLeft() {
        var refused = catchThrowableOfType(TransitionException.class,
                () -> DisputeLifecycle.apply(FILED, AGREE, Set.of("mediator")));
        var problem = refused.toProblemException().problem();
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).isEqualTo("illegal-transition");
        assertThat(problem.detail()).contains("FILED").contains("AGREE");
        assertThat(problem.extensions()).isEqualTo(Map.of(
                "status", "FILED",
                "allowedActions", List.of("ACCEPT", "DECLINE")));
    }

    @Test
    void forbiddenMoveAnswers403WithStatusAndTheActionsLeft() {
        var refused = catchThrowableOfType(TransitionException.class,
                () -> DisputeLifecycle.apply(AGREEMENT, CONFIRM, Set.of("mediator")));
        var problem = refused.toProblemException().problem();
        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.type()).isEqualTo("forbidden");
        assertThat(problem.extensions()).isEqualTo(Map.of(
                "status", "AGREEMENT",
                "allowedActions", List.of("FULFIL", "DEFAULT")));
    }

    @Test
    void rolesPerActionAsSpecified() {
        for (var action : EnumSet.of(ACCEPT, DECLINE, START, SCHEDULE_SESSION, EXTEND, AGREE, FAIL, FULFIL, DEFAULT,
                REFER)) {
            assertThat(DisputeLifecycle.rolesFor(action)).as(action.name()).isEqualTo(MEDIATING);
        }
        for (var action : EnumSet.of(ASSIGN, REASSIGN, WITHDRAW, CONFIRM)) {
            assertThat(DisputeLifecycle.rolesFor(action)).as(action.name()).isEqualTo(ADMIN_ONLY);
        }
        assertThat(DisputeLifecycle.rolesFor(EXPIRE)).isEmpty();
    }

    @Test
    void aMissingStatusOrActionIsAProgrammingError() {
        assertThatThrownBy(() -> DisputeLifecycle.apply(null, ACCEPT, ADMIN_ONLY)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> DisputeLifecycle.apply(FILED, null, ADMIN_ONLY)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> DisputeLifecycle.expire(null)).isInstanceOf(NullPointerException.class);
    }
}
