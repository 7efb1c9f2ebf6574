package org.chrysalis.deliberation.domain;

/**
 * What the statistics need of one topic.
 *
 * @param reachedAgenda the topic was put on the agenda at some point
 * @param decided       a vote decided it at some point
 * @param votesCast     ballots of its last closed vote (0 when none)
 * @param eligible      villagers eligible in that vote (0 when none)
 */
public record TopicFacts(TopicKind kind, TopicStatus status, boolean reachedAgenda, boolean decided, long votesCast,
                         long eligible) {
}
