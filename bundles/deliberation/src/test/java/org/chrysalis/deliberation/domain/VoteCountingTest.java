package org.chrysalis.deliberation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class VoteCountingTest {

    private static Map<Long, Long> votes(long... perOption) {
        Map<Long, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < perOption.length; i++) {
            map.put((long) i + 1, perOption[i]);
        }
        return map;
    }

    @Test
    void aSimpleMajorityOfVotesCastDecides() {
        Decision d = VoteCounting.count(votes(6, 4), 20, 50, DecisionRule.SIMPLE_MAJORITY);
        assertThat(d.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(d.winningOptionId()).isEqualTo(1L);
        assertThat(d.votesCast()).isEqualTo(10);
        assertThat(d.decided()).isTrue();
    }

    @Test
    void exactlyHalfIsNoSimpleMajority() {
        Decision d = VoteCounting.count(votes(5, 3, 2), 10, 50, DecisionRule.SIMPLE_MAJORITY);
        assertThat(d.outcome()).isEqualTo(Outcome.NO_MAJORITY);
        assertThat(d.winner()).isEmpty();
    }

    @Test
    void aPluralityWithoutMajorityDecidesNothing() {
        assertThat(VoteCounting.count(votes(4, 3, 3), 10, 50, DecisionRule.SIMPLE_MAJORITY).outcome())
                .isEqualTo(Outcome.NO_MAJORITY);
    }

    @Test
    void aTieAtTheTopDecidesNothing() {
        assertThat(VoteCounting.count(votes(5, 5), 10, 50, DecisionRule.SIMPLE_MAJORITY).outcome()).isEqualTo(Outcome.TIE);
        assertThat(VoteCounting.count(votes(4, 4, 1), 10, 50, DecisionRule.SIMPLE_MAJORITY).outcome()).isEqualTo(Outcome.TIE);
        assertThat(VoteCounting.count(votes(3, 3), 6, 50, DecisionRule.TWO_THIRDS).outcome()).isEqualTo(Outcome.TIE);
    }

    @Test
    void aTieBelowTheTopDoesNotMatter() {
        Decision d = VoteCounting.count(votes(8, 1, 1), 10, 50, DecisionRule.SIMPLE_MAJORITY);
        assertThat(d.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(d.winningOptionId()).isEqualTo(1L);
    }

    @Test
    void landMattersNeedTwoThirds() {
        assertThat(VoteCounting.count(votes(6, 3), 9, 50, DecisionRule.TWO_THIRDS).outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(VoteCounting.count(votes(5, 4), 9, 50, DecisionRule.TWO_THIRDS).outcome()).isEqualTo(Outcome.NO_MAJORITY);
        // 66 of 100 is 66 %, just short of two thirds; 67 is enough
        assertThat(VoteCounting.count(votes(66, 34), 100, 50, DecisionRule.TWO_THIRDS).outcome())
                .isEqualTo(Outcome.NO_MAJORITY);
        assertThat(VoteCounting.count(votes(67, 33), 100, 50, DecisionRule.TWO_THIRDS).outcome())
                .isEqualTo(Outcome.ADOPTED);
        // a simple majority that is not two thirds
        assertThat(VoteCounting.count(votes(6, 4), 10, 50, DecisionRule.SIMPLE_MAJORITY).outcome())
                .isEqualTo(Outcome.ADOPTED);
        assertThat(VoteCounting.count(votes(6, 4), 10, 50, DecisionRule.TWO_THIRDS).outcome())
                .isEqualTo(Outcome.NO_MAJORITY);
    }

    @Test
    void withoutQuorumNothingIsDecidedEvenUnanimously() {
        Decision d = VoteCounting.count(votes(4, 0), 10, 50, DecisionRule.SIMPLE_MAJORITY);
        assertThat(d.outcome()).isEqualTo(Outcome.NO_QUORUM);
        assertThat(d.votesCast()).isEqualTo(4);
        assertThat(d.eligible()).isEqualTo(10);
        assertThat(VoteCounting.count(votes(5, 0), 10, 50, DecisionRule.SIMPLE_MAJORITY).outcome())
                .isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void noVotesAtAllIsNoQuorumEvenWithAZeroQuorum() {
        assertThat(VoteCounting.count(votes(0, 0), 10, 0, DecisionRule.SIMPLE_MAJORITY).outcome())
                .isEqualTo(Outcome.NO_QUORUM);
        assertThat(VoteCounting.count(Map.of(), 0, 50, DecisionRule.SIMPLE_MAJORITY).outcome())
                .isEqualTo(Outcome.NO_QUORUM);
    }

    @Test
    void theRuleFollowsTheMatter() {
        DecisionPolicy policy = DecisionPolicy.from(Map.of());
        assertThat(policy.ruleFor(Matter.LAND_REQUISITION)).isEqualTo(DecisionRule.TWO_THIRDS);
        assertThat(policy.ruleFor(Matter.DEMOLITION)).isEqualTo(DecisionRule.TWO_THIRDS);
        assertThat(policy.ruleFor(Matter.PUBLIC_WELFARE)).isEqualTo(DecisionRule.SIMPLE_MAJORITY);
        DecisionPolicy onlyLand = DecisionPolicy.from(Map.of("twoThirds.matters", "LAND_REQUISITION"));
        assertThat(onlyLand.ruleFor(Matter.DEMOLITION)).isEqualTo(DecisionRule.SIMPLE_MAJORITY);
        DecisionPolicy none = DecisionPolicy.from(Map.of("twoThirds.matters", ""));
        assertThat(none.ruleFor(Matter.LAND_REQUISITION)).isEqualTo(DecisionRule.SIMPLE_MAJORITY);
    }
}
