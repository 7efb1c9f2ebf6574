package org.chrysalis.deliberation.domain;

import java.util.List;

/**
 * Per village and kind over a period: topics raised, put on the agenda, decided, meetings held,
 * participation (ballots cast over eligible villagers, across closed votes) and the share of
 * raised topics completed. Rates are null when there is nothing to divide by.
 */
public record DeliberationStats(long topicsRaised, long onAgenda, long decided, long completed, long meetingsHeld,
                                long votesCast, long eligibleVoters, Double participationRate, Double completedShare) {

    public static DeliberationStats of(List<TopicFacts> topics, long meetingsHeld) {
        long raised = topics.size();
        long agenda = topics.stream().filter(TopicFacts::reachedAgenda).count();
        long decided = topics.stream().filter(TopicFacts::decided).count();
        long completed = topics.stream().filter(t -> t.status() == TopicStatus.COMPLETED).count();
        long cast = topics.stream().mapToLong(TopicFacts::votesCast).sum();
        long eligible = topics.stream().mapToLong(TopicFacts::eligible).sum();
        return new DeliberationStats(raised, agenda, decided, completed, meetingsHeld, cast, eligible,
                ratio(cast, eligible), ratio(completed, raised));
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
