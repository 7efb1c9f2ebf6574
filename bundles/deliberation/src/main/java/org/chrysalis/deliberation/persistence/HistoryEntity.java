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

import org.chrysalis.deliberation.domain.TopicAction;
import org.chrysalis.deliberation.domain.TopicStatus;

/** One step of a topic. Never changed. */
@Entity
@Table(name = "DLB_HISTORY")
public class HistoryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "TOPIC_ID", nullable = false)
    public long topicId;

    @Column(name = "OCCURRED_AT", nullable = false)
    public Instant at;

    @Column(name = "ACTOR", length = 100, nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION", length = 24)
    public TopicAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "FROM_STATUS", length = 24)
    public TopicStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "TO_STATUS", length = 24, nullable = false)
    public TopicStatus to;

    @Column(name = "COMMENT_TEXT", length = 2000)
    public String comment;

    @Column(name = "DETAIL", length = 4000)
    public String detail;
}
