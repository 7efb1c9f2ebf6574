package org.chrysalis.campaigns.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;

import org.chrysalis.platform.api.lifecycle.TransitionException;
import org.chrysalis.platform.api.security.Roles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TaskLifecycleTest {

    private static final Set<String> INSPECTOR = Set.of(Roles.INSPECTOR);
    private static final Set<String> ADMIN = Set.of(Roles.ADMIN);

    @ParameterizedTest(name = "{0} --{1}--> {2} by {3}")
    @CsvSource({
        "OPEN, START, IN_RECTIFICATION, admin",
        "OPEN, START, IN_RECTIFICATION, inspector",
        "IN_RECTIFICATION, SUBMIT, SUBMITTED, admin",
        "IN_RECTIFICATION, SUBMIT, SUBMITTED, inspector",
        "SUBMITTED, ACCEPT, ACCEPTED, inspector",
        "SUBMITTED, REJECT, IN_RECTIFICATION, inspector",
        "ACCEPTED, REOPEN, IN_RECTIFICATION, inspector"})
    void everyMoveLeadsWhereTheTableSaysForItsRoles(TaskStatus from, TaskAction action, TaskStatus to, String role) {
        assertThat(TaskLifecycle.apply(from, action, Set.of(role))).isEqualTo(new Transition(from, action, to));
    }

    @ParameterizedTest(name = "{1} from {0} refused to {2}")
    @CsvSource({
        "SUBMITTED, ACCEPT, admin",
        "SUBMITTED, REJECT, admin",
        "ACCEPTED, REOPEN, admin",
        "OPEN, START, integrator",
        "IN_RECTIFICATION, SUBMIT, grid-worker",
        "SUBMITTED, ACCEPT, integrator"})
    void otherRolesAreForbidden(TaskStatus from, TaskAction action, String role) {
        var e = catchThrowableOfType(TransitionException.class, () -> TaskLifecycle.apply(from, action, Set.of(role)));
        assertThat(e.kind()).isEqualTo(TransitionException.Kind.FORBIDDEN);
        assertThat(e.toProblemException().problem().status()).isEqualTo(403);
    }

    @Test
    void aMoveThatDoesNotExistIsIllegalWhateverTheRoles() {
        var e = catchThrowableOfType(TransitionException.class,
                () -> TaskLifecycle.apply(TaskStatus.OPEN, TaskAction.ACCEPT, Set.of("integrator")));
        assertThat(e.kind()).isEqualTo(TransitionException.Kind.ILLEGAL);
        assertThat(e.toProblemException().problem().status()).isEqualTo(409);
        var submitted = catchThrowableOfType(TransitionException.class,
                () -> TaskLifecycle.apply(TaskStatus.SUBMITTED, TaskAction.SUBMIT, INSPECTOR));
        assertThat(submitted.allowed()).containsExactly(TaskAction.ACCEPT, TaskAction.REJECT);
    }

    @Test
    void allowedActionsDependOnRoles() {
        assertThat(TaskLifecycle.allowed(TaskStatus.SUBMITTED, ADMIN)).isEmpty();
        assertThat(TaskLifecycle.allowed(TaskStatus.SUBMITTED, INSPECTOR)).containsExactly(TaskAction.ACCEPT, TaskAction.REJECT);
        assertThat(TaskLifecycle.allowed(TaskStatus.OPEN, ADMIN)).containsExactly(TaskAction.START);
        assertThat(TaskLifecycle.allowed(TaskStatus.ACCEPTED, INSPECTOR)).containsExactly(TaskAction.REOPEN);
    }

    @Test
    void onlyTheSchedulerEscalatesAndOnlyWhileTheDepartmentHoldsTheTask() {
        assertThat(TaskLifecycle.rolesFor(TaskAction.ESCALATE)).isEmpty();
        assertThat(TaskLifecycle.allowed(TaskStatus.OPEN, Set.of(Roles.ADMIN, Roles.INSPECTOR)))
                .doesNotContain(TaskAction.ESCALATE);
        var e = catchThrowableOfType(TransitionException.class,
                () -> TaskLifecycle.apply(TaskStatus.OPEN, TaskAction.ESCALATE, ADMIN));
        assertThat(e.kind()).isEqualTo(TransitionException.Kind.FORBIDDEN);
        assertThat(TaskLifecycle.escalate(TaskStatus.OPEN)).contains(
                new Transition(TaskStatus.OPEN, TaskAction.ESCALATE, TaskStatus.OPEN));
        assertThat(TaskLifecycle.escalate(TaskStatus.IN_RECTIFICATION)).isPresent();
        assertThat(TaskLifecycle.escalate(TaskStatus.SUBMITTED)).isEmpty();
        assertThat(TaskLifecycle.escalate(TaskStatus.ACCEPTED)).isEmpty();
    }
}
