package org.chrysalis.deliberation.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.chrysalis.deliberation.domain.DecisionRule;
import org.chrysalis.deliberation.domain.Matter;
import org.chrysalis.deliberation.domain.Outcome;
import org.chrysalis.deliberation.domain.TopicKind;
import org.chrysalis.deliberation.domain.TopicStatus;


@Entity
@Table(name = "DLB_TOPIC")
public class TopicEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "VILLAGE_CODE", length = 64, nullable = false)
    public String villageCode;

    @Column(name = "TITLE", length = 200, nullable = false)
    public String title;

    @Column(name = "DESCRIPTION", length = 4000, nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 32, nullable = false)
    public TopicKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "MATTER", length = 32, nullable = false)
    public Matter matter;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 24, nullable = false)
    public TopicStatus status;

    @Column(name = "AUTHOR", length = 100, nullable = false)
    public String author;

    @Column(name = "CREATED_AT", nullable = false)
    public Instant createdAt;

    @Column(name = "SUBMITTED_AT")
    public Instant submittedAt;

    @Column(name = "COLLECT_UNTIL")
    public Instant collectUntil;

    @Column(name = "COSIGNERS", nullable = false)
    public int cosigners;

    @Column(name = "AGENDA_AT")
    public Instant agendaAt;

    @Column(name = "DECLINE_REASON", length = 2000)
    public String declineReason;

    /** Each vote of the topic is a round; an upheld objection starts a new one. */
    @Column(name = "ROUND_NO", nullable = false)
    public int round;

    @Column(name = "VOTE_OPENS_AT")
    public Instant voteOpensAt;

    @Column(name = "VOTE_CLOSES_AT")
    public Instant voteClosesAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "DECISION_RULE", length = 24)
    public DecisionRule rule;

    @Column(name = "ELIGIBLE")
    public Long eligible;

    @Column(name = "VOTES_CAST")
    public Long votesCast;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", length = 24)
    public Outcome outcome;

    @Column(name = "WINNING_OPTION_ID")
    public Long winningOptionId;

    @Column(name = "DECIDED_AT")
    public Instant decidedAt;

    @Column(name = "PUBLISHED_AT")
    public Instant publishedAt;

    @Column(name = "NOTICE_ENDS_AT")
    public Instant noticeEndsAt;

    @Column(name = "PROGRESS_PCT", nullable = false)
    public int progressPercent;

    @Column(name = "COMPLETED_AT")
    public Instant completedAt;

    @Column(name = "UPDATED_AT", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "VERSION")
    public long version;
}
