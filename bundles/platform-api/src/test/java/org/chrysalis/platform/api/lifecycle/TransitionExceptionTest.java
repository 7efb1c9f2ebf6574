package org.chrysalis.platform.api.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.chrysalis.platform.api.lifecycle.TransitionException.Kind;
import org.junit.jupiter.api.Test;

class TransitionExceptionTest {

    enum State { OPEN, CLOSED }

    enum Action { CLOSE, REOPEN, EXPIRE }

    @Test
    void anIllegalMoveIsAConflictWordedForTheCase() {
        var refused = new TransitionException(Kind.ILLEGAL, "dispute", State.CLOSED, Action.CLOSE, Set.of());

        assertThat(refused.getMessage()).isEqualTo("A dispute that is CLOSED does not allow CLOSE.");
        var problem = refused.toProblemException().problem();
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).isEqualTo("illegal-transition");
        assertThat(problem.detail()).isEqualTo(refused.getMessage());
    }

    @Test
    void aForbiddenMoveNamesTheRolesAndTakesTheArticleOfTheNoun() {
        var refused = new TransitionException(Kind.FORBIDDEN, "incident", State.OPEN, Action.CLOSE, Set.of());

        assertThat(refused.getMessage()).isEqualTo("Your roles do not allow CLOSE on an incident that is OPEN.");
        assertThat(refused.toProblemException().problem().status()).isEqualTo(403);
        assertThat(refused.toProblemException().problem().type()).isEqualTo("forbidden");
        assertThat(new TransitionException(Kind.ILLEGAL, "alarm", State.OPEN, Action.REOPEN, Set.of()).getMessage())
                .isEqualTo("An alarm that is OPEN does not allow REOPEN.");
    }

    @Test
    void theAllowedActionsComeInDeclarationOrderAndAsExtension() {
        var refused = new TransitionException(Kind.FORBIDDEN, "task", State.OPEN, Action.CLOSE,
                List.of(Action.EXPIRE, Action.CLOSE));

        assertThat(refused.kind()).isEqualTo(Kind.FORBIDDEN);
        assertThat(refused.status()).isEqualTo(State.OPEN);
        assertThat(refused.action()).isEqualTo(Action.CLOSE);
        assertThat(refused.allowed()).containsExactly(Action.CLOSE, Action.EXPIRE);
        assertThat(refused.toProblemException().problem().extensions())
                .containsOnlyKeys("status", "allowedActions")
                .containsEntry("status", "OPEN")
                .containsEntry("allowedActions", List.of("CLOSE", "EXPIRE"));
    }

    @Test
    void aCapabilityMayWordTheRefusalItselfAndAddExtensions() {
        String message = TransitionException.message(Kind.ILLEGAL, "alarm", "OPEN at tier PARK", Action.CLOSE);
        var refused = TransitionException.withMessage(Kind.ILLEGAL, message, State.OPEN, Action.CLOSE,
                EnumSet.of(Action.REOPEN)).withExtension("tier", "PARK");

        assertThat(refused.getMessage()).isEqualTo("An alarm that is OPEN at tier PARK does not allow CLOSE.");
        assertThat(refused.toProblemException().problem().extensions())
                .containsEntry("status", "OPEN")
                .containsEntry("tier", "PARK")
                .containsEntry("allowedActions", List.of("REOPEN"));
        assertThat(TransitionException.message(Kind.FORBIDDEN, "alarm", "OPEN at tier PARK", Action.CLOSE))
                .isEqualTo("Your roles do not allow CLOSE on an alarm that is OPEN at tier PARK.");
    }
}
