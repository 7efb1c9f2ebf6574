package org.chrysalis.deliberation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import java.util.Set;

import org.chrysalis.platform.api.lifecycle.TransitionException;
import org.chrysalis.platform.api.security.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TopicLifecycleTest {

    private static final Set<String> VILLAGER = Set.of(Roles.VILLAGER);
    private static final Set<String> COMMITTEE = Set.of(Roles.VILLAGE_COMMITTEE);
    private static final Set<String> ADMIN = Set.of(Roles.ADMIN);

    @Test
    void theHappyPathLeadsFromDraftToCompleted() {
        assertThat(TopicLifecycle.apply(TopicStatus.DRAFT, TopicAction.SUBMIT, VILLAGER).to()).isEqualTo(TopicStatus.COLLECTING);
        assertThat(TopicLifecycle.system(TopicStatus.COLLECTING, TopicAction.REACH_THRESHOLD)).get()
                .extracting(Transition::to).isEqualTo(TopicStatus.ON_AGENDA);
        assertThat(TopicLifecycle.system(TopicStatus.ON_AGENDA, TopicAction.DELIBERATE)).get()
                .extracting(Transition::to).isEqualTo(TopicStatus.IN_DELIBERATION);
        assertThat(TopicLifecycle.apply(TopicStatus.IN_DELIBERATION, TopicAction.OPEN_VOTING, COMMITTEE).to())
                .isEqualTo(TopicStatus.VOTING);
        assertThat(TopicLifecycle.closeVoting(TopicStatus.VOTING, COMMITTEE, true).to()).isEqualTo(TopicStatus.DECIDED);
        assertThat(TopicLifecycle.apply(TopicStatus.DECIDED, TopicAction.PUBLISH, COMMITTEE).to())
                .isEqualTo(TopicStatus.IN_NOTICE);
        assertThat(TopicLifecycle.apply(TopicStatus.IN_NOTICE, TopicAction.START_IMPLEMENTATION, ADMIN).to())
                .isEqualTo(TopicStatus.IMPLEMENTING);
        assertThat(TopicLifecycle.system(TopicStatus.IMPLEMENTING, TopicAction.COMPLETE)).get()
                .extracting(Transition::to).isEqualTo(TopicStatus.COMPLETED);
    }

    @Test
    void theCommitteeAdoptsOrDeclinesDirectly() {
        assertThat(TopicLifecycle.apply(TopicStatus.COLLECTING, TopicAction.ADOPT, COMMITTEE).to())
                .isEqualTo(TopicStatus.ON_AGENDA);
        assertThat(TopicLifecycle.apply(TopicStatus.COLLECTING, TopicAction.DECLINE, COMMITTEE).to())
                .isEqualTo(TopicStatus.DECLINED);
        assertThat(TopicLifecycle.apply(TopicStatus.ON_AGENDA, TopicAction.DECLINE, COMMITTEE).to())
                .isEqualTo(TopicStatus.DECLINED);
    }

    @Test
    void aVillagerCannotAdoptAndGetsTheActionsLeftToThem() {
        var refused = catchThrowableOfType(TransitionException.class,
                () -> TopicLifecycle.apply(TopicStatus.COLLECTING, TopicAction.ADOPT, VILLAGER));
        assertThat(refused.kind()).isEqualTo(TransitionException.Kind.FORBIDDEN);
        assertThat(refused.allowed()).containsExactly(TopicAction.WITHDRAW);
        assertThat(refused.toProblemException().problem().status()).isEqualTo(403);
    }

    @Test
    void anActionThatDoesNotExistFromTheStatusIsAConflictWhateverTheRoles() {
        var refused = catchThrowableOfType(TransitionException.class,
                () -> TopicLifecycle.apply(TopicStatus.COMPLETED, TopicAction.PUBLISH, VILLAGER));
        assertThat(refused.kind()).isEqualTo(TransitionException.Kind.ILLEGAL);
        assertThat(refused.toProblemException().problem().status()).isEqualTo(409);
        assertThat(refused.toProblemException().problem().extensions()).containsEntry("status", "COMPLETED");
    }

    @Test
    void aVoteThatDecidesNothingSendsTheTopicBackToDeliberation() {
        Transition back = TopicLifecycle.closeVoting(TopicStatus.VOTING, COMMITTEE, false);
        assertThat(back.action()).isEqualTo(TopicAction.NO_DECISION);
        assertThat(back.to()).isEqualTo(TopicStatus.IN_DELIBERATION);
        assertThatThrownBy(() -> TopicLifecycle.closeVoting(TopicStatus.VOTING, VILLAGER, false))
                .isInstanceOf(TransitionException.class);
    }

    @Test
    void anUpheldObjectionSendsTheTopicBackToDeliberation() {
        assertThat(TopicLifecycle.system(TopicStatus.IN_NOTICE, TopicAction.UPHOLD_OBJECTION)).get()
                .extracting(Transition::to).isEqualTo(TopicStatus.IN_DELIBERATION);
        assertThat(TopicLifecycle.system(TopicStatus.IMPLEMENTING, TopicAction.UPHOLD_OBJECTION)).isEmpty();
    }

    @Test
    void onlyCollectingTopicsExpire() {
        assertThat(TopicLifecycle.system(TopicStatus.COLLECTING, TopicAction.EXPIRE)).get()
                .extracting(Transition::to).isEqualTo(TopicStatus.EXPIRED);
        for (TopicStatus s : EnumSet.complementOf(EnumSet.of(TopicStatus.COLLECTING))) {
            assertThat(TopicLifecycle.system(s, TopicAction.EXPIRE)).as(s.name()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = TopicStatus.class, names = {"COMPLETED", "DECLINED", "WITHDRAWN", "EXPIRED"})
    void terminalStatusesAllowNothing(TopicStatus status) {
        assertThat(status.isTerminal()).isTrue();
        assertThat(TopicLifecycle.allowed(status, Set.of(Roles.ADMIN, Roles.VILLAGER))).isEmpty();
        for (TopicAction a : TopicAction.values()) {
            assertThat(TopicLifecycle.system(status, a)).isEmpty();
        }
    }

    @Test
    void theCapabilitysOwnMovesHaveNoRoles() {
        for (TopicAction a : EnumSet.of(TopicAction.REACH_THRESHOLD, TopicAction.EXPIRE, TopicAction.DELIBERATE,
                TopicAction.NO_DECISION, TopicAction.UPHOLD_OBJECTION, TopicAction.COMPLETE)) {
            assertThat(TopicLifecycle.rolesFor(a)).as(a.name()).isEmpty();
        }
        assertThat(TopicLifecycle.allowed(TopicStatus.COLLECTING, Set.of(Roles.ADMIN)))
                .containsExactly(TopicAction.WITHDRAW, TopicAction.ADOPT, TopicAction.DECLINE);
    }

    @Test
    void integratorsTakeNoAction() {
        for (TopicStatus s : TopicStatus.values()) {
            assertThat(TopicLifecycle.allowed(s, Set.of(Roles.INTEGRATOR))).isEmpty();
        }
    }

    @Test
    void statusFlagsForStatistics() {
        assertThat(TopicStatus.COLLECTING.reachedAgenda()).isFalse();
        assertThat(TopicStatus.IN_NOTICE.reachedAgenda()).isTrue();
        assertThat(TopicStatus.DECLINED.reachedAgenda()).isFalse();
        assertThat(TopicStatus.VOTING.isDecided()).isFalse();
        assertThat(TopicStatus.COMPLETED.isDecided()).isTrue();
    }
}
