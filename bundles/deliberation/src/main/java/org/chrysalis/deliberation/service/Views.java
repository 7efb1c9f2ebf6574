package org.chrysalis.deliberation.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chrysalis.deliberation.domain.DecisionRule;
import org.chrysalis.deliberation.domain.DeliberationStats;
import org.chrysalis.deliberation.domain.Matter;
import org.chrysalis.deliberation.domain.MeetingPlan;
import org.chrysalis.deliberation.domain.Minutes;
import org.chrysalis.deliberation.domain.Outcome;
import org.chrysalis.deliberation.domain.TopicAction;
import org.chrysalis.deliberation.domain.TopicKind;
import org.chrysalis.deliberation.domain.TopicStatus;
import org.chrysalis.deliberation.domain.VillageRules;

/** What the deliberation capability reads and answers. */
public final class Views {

    private Views() {
    }

    public record Village(String code, String name, String level, String parentCode, VillageRules rules, long villagers) {
    }

    public record Villager(String userName, String villageCode, String name, Instant registeredAt) {
    }

    /** A registration: the village (required) and an optional display name. */
    public record VillagerInput(String villageCode, String name) {
    }

    public record TopicView(long id, String villageCode, String title, String description, TopicKind kind,
                            String kindLabel, Matter matter, String matterLabel, TopicStatus status, String statusLabel,
                            String author, Instant createdAt, Instant submittedAt, Instant collectUntil, int cosigners,
                            int cosignThreshold, Instant agendaAt, String declineReason, int round,
                            Instant voteOpensAt, Instant voteClosesAt, DecisionRule rule, Outcome outcome,
                            Long winningOptionId, Instant decidedAt, Instant publishedAt, Instant noticeEndsAt,
                            int progressPercent, Instant completedAt, Set<TopicAction> allowedActions) {
    }

    public record TopicFilter(String villageCode, TopicKind kind, Matter matter, TopicStatus status) {
    }

    public record Cosigner(String userName, Instant signedAt) {
    }

    public record HistoryEntry(Instant at, String actor, TopicAction action, TopicStatus from, TopicStatus to,
                               String comment, String detail) {
    }

    public record OptionView(long id, String label) {
    }

    /** A vote's count; per-option votes are shown once the vote is closed, never who voted what. */
    public record Tally(long topicId, int round, TopicStatus status, DecisionRule rule, boolean closed,
                        Instant opensAt, Instant closesAt, long eligible, long votesCast, Double participationRate,
                        List<OptionCount> options, Outcome outcome, Long winningOptionId) {
    }

    public record OptionCount(long id, String label, Long votes) {
    }

    public record BallotInput(Long optionId) {
    }

    /** What a voter gets back: that the ballot counted, not what it said. */
    public record BallotReceipt(long topicId, int round, boolean counted) {
    }

    public record ObjectionInput(String reason) {
    }

    public record RulingInput(Boolean upheld, String reason) {
    }

    public record ObjectionView(long id, long topicId, int round, String objector, String reason, Instant lodgedAt,
                                String status, String ruling, String ruledBy, Instant ruledAt) {
    }

    public record ProgressInput(Integer percent, String note) {
    }

    public record ProgressView(long id, int percent, String note, String reportedBy, Instant reportedAt) {
    }

    public record AttendanceInput(List<String> present) {
    }

    public record MeetingView(long id, String villageCode, List<Long> topicIds, Instant scheduledAt, String place,
                              boolean online, List<MeetingPlan.Participant> participants, int representatives,
                              long quorum, List<String> present, int presentRepresentatives, boolean quorate,
                              String status, String minutes, Integer attendeeCount,
                              List<Minutes.Contribution> contributions, Instant closedAt, String createdBy) {
    }

    public record VillageStats(String villageCode, DeliberationStats stats, Map<TopicKind, DeliberationStats> byKind) {
    }

    public record StatsView(int year, String villageCode, TopicKind kind, DeliberationStats total,
                            List<VillageStats> villages) {
    }
}
