package org.chrysalis.grid.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
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
import static org.chrysalis.grid.domain.IncidentStatus.ACCEPTED;
import static org.chrysalis.grid.domain.IncidentStatus.CLOSED;
import static org.chrysalis.grid.domain.IncidentStatus.DISPATCHED;
import static org.chrysalis.grid.domain.IncidentStatus.ESCALATED;
import static org.chrysalis.grid.domain.IncidentStatus.IN_PROGRESS;
import static org.chrysalis.grid.domain.IncidentStatus.MERGED;
import static org.chrysalis.grid.domain.IncidentStatus.REJECTED;
import static org.chrysalis.grid.domain.IncidentStatus.REOPENED;
import static org.chrysalis.grid.domain.IncidentStatus.REPORTED;
import static org.chrysalis.grid.domain.IncidentStatus.RESOLVED;
import static org.chrysalis.grid.domain.IncidentStatus.TRANSFERRED;
import static org.chrysalis.grid.domain.IncidentStatus.VERIFIED;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.chrysalis.platform.api.lifecycle.TransitionException.Kind;
import org.chrysalis.platform.api.lifecycle.TransitionException;
import org.chrysalis.platform.api.problem.ProblemException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Expectations come from the table below, written out from the specification, never from the lifecycle itself. */
class IncidentLifecycleTest {

    private static final List<String> EVERY_ROLE = List.of("admin", "grid-worker", "dispatcher", "mediator",
            "village-committee", "villager", "inspector", "parking-operator", "integrator");
    private static final Set<String> DISPATCHING = Set.of("dispatcher", "admin");
    private static final Set<String> WORKING = Set.of("grid-worker", "dispatcher", "admin");
    private static final Set<String> NOBODY = Set.of();

    record Row(IncidentStatus from, IncidentAction action, IncidentStatus to, Set<String> roles) {
        @Override
        public String toString() {
            return from + " -" + action + "-> " + to;
        }
    }

    private static final List<Row> TABLE = List.of(
            new Row(REPORTED, ACCEPT, ACCEPTED, DISPATCHING),
            new Row(REPORTED, REJECT, REJECTED, DISPATCHING),
            new Row(REPORTED, MERGE, MERGED, DISPATCHING),
            new Row(REPORTED, TRANSFER, TRANSFERRED, DISPATCHING),
            new Row(REPORTED, ESCALATE, ESCALATED, NOBODY),

            new Row(ACCEPTED, DISPATCH, DISPATCHED, DISPATCHING),
            new Row(ACCEPTED, REJECT, REJECTED, DISPATCHING),
            new Row(ACCEPTED, MERGE, MERGED, DISPATCHING),
            new Row(ACCEPTED, TRANSFER, TRANSFERRED, DISPATCHING),
            new Row(ACCEPTED, ESCALATE, ESCALATED, NOBODY),

            new Row(DISPATCHED, START, IN_PROGRESS, WORKING),
            new Row(DISPATCHED, DISPATCH, DISPATCHED, DISPATCHING),
            new Row(DISPATCHED, ESCALATE, ESCALATED, NOBODY),

            new Row(IN_PROGRESS, RESOLVE, RESOLVED, WORKING),
            new Row(IN_PROGRESS, ESCALATE, ESCALATED, NOBODY),

            new Row(RESOLVED, VERIFY, VERIFIED, WORKING),
            new Row(RESOLVED, REOPEN, REOPENED, WORKING),

            new Row(VERIFIED, CLOSE, CLOSED, DISPATCHING),

            new Row(REOPENED, START, IN_PROGRESS, WORKING),
            new Row(REOPENED, DISPATCH, DISPATCHED, DISPATCHING),
            new Row(REOPENED, ESCALATE, ESCALATED, NOBODY));

    private static final List<IncidentStatus> ESCALATABLE = List.of(REPORTED, ACCEPTED, DISPATCHED, IN_PROGRESS, REOPENED);

    private static Optional<Row> row(IncidentStatus from, IncidentAction action) {
        return TABLE.stream().filter(r -> r.from() == from && r.action() == action).findFirst();
    }

    /** The rows an incident in {@code status} can take; an escalated one takes its resume status's, bar ESCALATE. */
    private static List<Row> rowsOf(IncidentStatus status, IncidentStatus resume) {
        if (status == ESCALATED) {
            return TABLE.stream()
                    .filter(r -> r.from() == resume && r.action() != ESCALATE)
                    .map(r -> new Row(ESCALATED, r.action(), r.to(), r.roles()))
                    .toList();
        }
        return TABLE.stream().filter(r -> r.from() == status).toList();
    }

    private static Set<IncidentAction> expectedAllowed(IncidentStatus status, IncidentStatus resume, Set<String> roles) {
        var allowed = EnumSet.noneOf(IncidentAction.class);
        rowsOf(status, resume).stream()
                .filter(r -> r.roles().stream().anyMatch(roles::contains))
                .forEach(r -> allowed.add(r.action()));
        return allowed;
    }

    static Stream<Arguments> permittedMoves() {
        return TABLE.stream().filter(r -> r.action() != ESCALATE)
                .flatMap(r -> r.roles().stream().map(role -> Arguments.of(r, role)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("permittedMoves")
    void every_move_of_the_table_is_taken_by_each_of_its_roles(Row row, String role) {
        var transition = IncidentLifecycle.apply(row.from(), null, row.action(), Set.of(role));

        assertThat(transition).isEqualTo(new Transition(row.from(), row.action(), row.to()));
    }

    static Stream<Arguments> forbiddenMoves() {
        return TABLE.stream().flatMap(r -> EVERY_ROLE.stream()
                .filter(role -> !r.roles().contains(role))
                .map(role -> Arguments.of(r, role)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("forbiddenMoves")
    void every_move_is_forbidden_to_the_other_roles(Row row, String role) {
        var refused = refusal(row.from(), null, row.action(), Set.of(role));

        assertThat(refused.kind()).isEqualTo(Kind.FORBIDDEN);
        assertThat(refused.kind().httpStatus()).isEqualTo(403);
        assertThat(refused.status()).isEqualTo(row.from());
        assertThat(refused.action()).isEqualTo(row.action());
        assertThat(refused.allowed()).containsExactlyElementsOf(expectedAllowed(row.from(), null, Set.of(role)));
    }

    @ParameterizedTest(name = "{0} without roles")
    @MethodSource("tableRows")
    void every_move_is_forbidden_without_roles(Row row) {
        assertThat(refusal(row.from(), null, row.action(), Set.of()).kind()).isEqualTo(Kind.FORBIDDEN);
        assertThat(refusal(row.from(), null, row.action(), null).kind()).isEqualTo(Kind.FORBIDDEN);
    }

    static Stream<Row> tableRows() {
        return TABLE.stream();
    }

    static Stream<Arguments> illegalMoves() {
        return Stream.of(IncidentStatus.values()).filter(s -> s != ESCALATED)
                .flatMap(s -> Stream.of(IncidentAction.values())
                        .filter(a -> row(s, a).isEmpty())
                        .map(a -> Arguments.of(s, a)));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("illegalMoves")
    void every_action_missing_from_the_table_is_illegal_whatever_the_roles(IncidentStatus status,
                                                                          IncidentAction action) {
        var everyRole = Set.copyOf(EVERY_ROLE);
        var refused = refusal(status, null, action, everyRole);

        assertThat(refused.kind()).isEqualTo(Kind.ILLEGAL);
        assertThat(refused.kind().httpStatus()).isEqualTo(409);
        assertThat(refused.allowed()).containsExactlyElementsOf(expectedAllowed(status, null, everyRole));
    }

    @Test
    void the_table_covers_the_expected_number_of_illegal_moves() {
        // 11 non-escalated statuses x 11 actions, less the 21 moves of the table
        assertThat(illegalMoves()).hasSize(11 * 11 - 21);
    }

    static Stream<Arguments> statusesAndSingleRoles() {
        return Stream.of(IncidentStatus.values()).filter(s -> s != ESCALATED)
                .flatMap(s -> Stream.concat(EVERY_ROLE.stream().map(Set::of), Stream.of(NOBODY, Set.copyOf(EVERY_ROLE)))
                        .map(roles -> Arguments.of(s, roles)));
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("statusesAndSingleRoles")
    void allowed_lists_what_the_roles_may_do_and_never_escalate(IncidentStatus status, Set<String> roles) {
        var allowed = IncidentLifecycle.allowed(status, null, roles);

        assertThat(allowed).containsExactlyElementsOf(expectedAllowed(status, null, roles));
        assertThat(allowed).doesNotContain(ESCALATE);
    }

    @Test
    void allowed_for_a_dispatcher_on_a_new_report() {
        assertThat(IncidentLifecycle.allowed(REPORTED, null, Set.of("dispatcher")))
                .containsExactly(ACCEPT, REJECT, MERGE, TRANSFER);
    }

    @Test
    void allowed_for_a_grid_worker_on_a_resolved_incident() {
        assertThat(IncidentLifecycle.allowed(RESOLVED, null, Set.of("grid-worker", "villager")))
                .containsExactly(VERIFY, REOPEN);
    }

    @Test
    void an_illegal_action_is_reported_as_illegal_even_to_a_user_without_roles() {
        assertThat(refusal(CLOSED, null, REOPEN, Set.of()).kind()).isEqualTo(Kind.ILLEGAL);
    }

    @Test
    void rolesFor_names_who_may_act() {
        assertThat(IncidentLifecycle.rolesFor(ACCEPT)).containsExactlyInAnyOrder("dispatcher", "admin");
        assertThat(IncidentLifecycle.rolesFor(VERIFY)).containsExactlyInAnyOrder("grid-worker", "dispatcher", "admin");
        assertThat(IncidentLifecycle.rolesFor(ESCALATE)).isEmpty();
    }

    @Nested
    class Escalation {

        private final Map<IncidentStatus, Boolean> escalatable = Map.ofEntries(
                Map.entry(REPORTED, true), Map.entry(ACCEPTED, true), Map.entry(DISPATCHED, true),
                Map.entry(IN_PROGRESS, true), Map.entry(REOPENED, true),
                Map.entry(RESOLVED, false), Map.entry(VERIFIED, false), Map.entry(ESCALATED, false),
                Map.entry(CLOSED, false), Map.entry(REJECTED, false), Map.entry(MERGED, false),
                Map.entry(TRANSFERRED, false));

        @ParameterizedTest
        @EnumSource(IncidentStatus.class)
        void the_scheduler_escalates_only_from_working_statuses(IncidentStatus status) {
            var escalation = IncidentLifecycle.escalate(status);

            if (escalatable.get(status)) {
                assertThat(escalation).contains(new Transition(status, ESCALATE, ESCALATED));
            } else {
                assertThat(escalation).isEmpty();
            }
        }

        @Test
        void even_an_admin_cannot_escalate_by_hand() {
            var refused = refusal(REPORTED, null, ESCALATE, Set.copyOf(EVERY_ROLE));

            assertThat(refused.kind()).isEqualTo(Kind.FORBIDDEN);
            assertThat(refused.allowed()).containsExactly(ACCEPT, REJECT, MERGE, TRANSFER);
        }

        static Stream<Arguments> resumedMoves() {
            return ESCALATABLE.stream().flatMap(resume -> Stream.of(IncidentAction.values())
                    .map(action -> Arguments.of(resume, action)));
        }

        @ParameterizedTest(name = "{1} when escalated from {0}")
        @MethodSource("resumedMoves")
        void an_escalated_incident_resumes_with_the_moves_of_the_status_it_was_escalated_from(
                IncidentStatus resume, IncidentAction action) {
            var expected = rowsOf(ESCALATED, resume).stream().filter(r -> r.action() == action).findFirst();

            if (expected.isEmpty()) {
                var refused = refusal(ESCALATED, resume, action, Set.copyOf(EVERY_ROLE));
                assertThat(refused.kind()).isEqualTo(Kind.ILLEGAL);
                assertThat(refused.status()).isEqualTo(ESCALATED);
                return;
            }
            var row = expected.get();
            for (var role : EVERY_ROLE) {
                if (row.roles().contains(role)) {
                    assertThat(IncidentLifecycle.apply(ESCALATED, resume, action, Set.of(role)))
                            .isEqualTo(new Transition(ESCALATED, action, row.to()));
                } else {
                    assertThat(refusal(ESCALATED, resume, action, Set.of(role)).kind()).isEqualTo(Kind.FORBIDDEN);
                }
            }
        }

        @ParameterizedTest
        @MethodSource("org.chrysalis.grid.domain.IncidentLifecycleTest#escalatable")
        void escalating_twice_is_not_a_transition(IncidentStatus resume) {
            assertThat(refusal(ESCALATED, resume, ESCALATE, Set.copyOf(EVERY_ROLE)).kind()).isEqualTo(Kind.ILLEGAL);
            assertThat(IncidentLifecycle.allowed(ESCALATED, resume, Set.copyOf(EVERY_ROLE))).doesNotContain(ESCALATE);
        }

        @Test
        void an_incident_escalated_while_reported_can_still_be_accepted() {
            assertThat(IncidentLifecycle.allowed(ESCALATED, REPORTED, Set.of("dispatcher")))
                    .containsExactly(ACCEPT, REJECT, MERGE, TRANSFER);
            assertThat(IncidentLifecycle.apply(ESCALATED, REPORTED, ACCEPT, Set.of("dispatcher")))
                    .isEqualTo(new Transition(ESCALATED, ACCEPT, ACCEPTED));
        }

        @Test
        void an_incident_escalated_while_in_progress_can_be_resolved_by_its_worker() {
            assertThat(IncidentLifecycle.allowed(ESCALATED, IN_PROGRESS, Set.of("grid-worker")))
                    .containsExactly(RESOLVE);
            assertThat(IncidentLifecycle.apply(ESCALATED, IN_PROGRESS, RESOLVE, Set.of("grid-worker")))
                    .isEqualTo(new Transition(ESCALATED, RESOLVE, RESOLVED));
        }

        @Test
        void an_incident_escalated_while_dispatched_can_be_redispatched() {
            assertThat(IncidentLifecycle.apply(ESCALATED, DISPATCHED, DISPATCH, Set.of("admin")))
                    .isEqualTo(new Transition(ESCALATED, DISPATCH, DISPATCHED));
        }

        @Test
        void an_escalated_incident_without_a_sensible_resume_status_is_a_programming_error() {
            assertThatThrownBy(() -> IncidentLifecycle.allowed(ESCALATED, null, Set.of("admin")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> IncidentLifecycle.apply(ESCALATED, CLOSED, CLOSE, Set.of("admin")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> IncidentLifecycle.apply(ESCALATED, ESCALATED, ACCEPT, Set.of("admin")))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void the_resume_status_is_ignored_unless_escalated() {
            assertThat(IncidentLifecycle.apply(REPORTED, VERIFIED, ACCEPT, Set.of("admin")))
                    .isEqualTo(new Transition(REPORTED, ACCEPT, ACCEPTED));
        }
    }

    static Stream<IncidentStatus> escalatable() {
        return ESCALATABLE.stream();
    }

    @Test
    void a_refusal_becomes_a_problem_with_the_allowed_actions() {
        var forbidden = refusal(RESOLVED, null, VERIFY, Set.of("villager")).toProblemException();
        var illegal = refusal(CLOSED, null, REOPEN, Set.of("admin")).toProblemException();
        var conflictWithChoices = refusal(REPORTED, null, CLOSE, Set.of("dispatcher")).toProblemException();

        assertThat(forbidden).isInstanceOf(ProblemException.class);
        assertThat(forbidden.problem().status()).isEqualTo(403);
        assertThat(forbidden.problem().type()).isEqualTo("forbidden");
        assertThat(forbidden.problem().extensions()).containsEntry("allowedActions", List.of());
        assertThat(illegal.problem().status()).isEqualTo(409);
        assertThat(illegal.problem().type()).isEqualTo("illegal-transition");
        assertThat(illegal.problem().detail()).contains("CLOSED", "REOPEN");
        assertThat(conflictWithChoices.problem().extensions())
                .containsEntry("allowedActions", List.of("ACCEPT", "REJECT", "MERGE", "TRANSFER"));
    }

    private static TransitionException refusal(IncidentStatus status, IncidentStatus resume, IncidentAction action,
                                               Set<String> roles) {
        var refused = catchThrowableOfType(TransitionException.class,
                () -> IncidentLifecycle.apply(status, resume, action, roles));
        assertThat(refused).as("%s from %s for %s should be refused", action, status, roles).isNotNull();
        return refused;
    }
}
