package org.chrysalis.emergency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.chrysalis.platform.api.problem.ProblemException;
import org.junit.jupiter.api.Test;

class TicketLifecycleTest {

    private static final Set<String> WORKER = Set.of(EmergencyRoles.WORKER);
    private static final Set<String> READER = Set.of("integrator");

    @Test
    void aWorkerStartsAndFinishesATicket() {
        TicketStatus started = TicketLifecycle.next(TicketStatus.OPEN, TicketAction.START, WORKER);
        assertThat(started).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(TicketLifecycle.next(started, TicketAction.FINISH, WORKER)).isEqualTo(TicketStatus.DONE);
    }

    @Test
    void aFinishedTicketCanBeReopenedButNotCancelled() {
        assertThat(TicketLifecycle.next(TicketStatus.DONE, TicketAction.REOPEN, WORKER)).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThatThrownBy(() -> TicketLifecycle.next(TicketStatus.DONE, TicketAction.CANCEL, WORKER))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(409);
                    assertThat(e.problem().extensions()).containsEntry("allowedActions", Set.of(TicketAction.REOPEN));
                });
    }

    @Test
    void aReaderMayNotAct() {
        assertThatThrownBy(() -> TicketLifecycle.next(TicketStatus.OPEN, TicketAction.START, READER))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(403));
        assertThat(TicketLifecycle.allowed(TicketStatus.OPEN, READER)).isEmpty();
    }

    @Test
    void cancelledIsFinal() {
        assertThat(TicketLifecycle.allowed(TicketStatus.CANCELLED, Set.of("admin"))).isEmpty();
    }
}
