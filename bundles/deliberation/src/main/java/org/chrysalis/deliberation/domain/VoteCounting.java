package org.chrysalis.deliberation.domain;

import java.util.Map;

/**
 * Counts a closed vote: first the quorum (enough of the eligible villagers voted), then the
 * leading option, which must be alone at the top and satisfy the decision rule on the votes cast.
 */
public final class VoteCounting {

    private VoteCounting() {
    }

    /**
     * @param votesByOption   votes per option id (options without votes may be absent)
     * @param eligible        villagers registered in the village when the vote closed
     * @param quorumPercent   share of the eligible who must vote, 0–100
     */
    public static Decision count(Map<Long, Long> votesByOption, long eligible, int quorumPercent, DecisionRule rule) {
        long cast = votesByOption.values().stream().mapToLong(Long::longValue).sum();
        if (!Quorum.reached(cast, eligible, quorumPercent)) {
            return new Decision(Outcome.NO_QUORUM, null, cast, eligible, rule);
        }
        long top = votesByOption.values().stream().mapToLong(Long::longValue).max().orElse(0);
        var leaders = votesByOption.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).toList();
        if (leaders.size() > 1) {
            return new Decision(Outcome.TIE, null, cast, eligible, rule);
        }
        if (!rule.isMet(top, cast)) {
            return new Decision(Outcome.NO_MAJORITY, null, cast, eligible, rule);
        }
        return new Decision(Outcome.ADOPTED, leaders.get(0), cast, eligible, rule);
    }
}
