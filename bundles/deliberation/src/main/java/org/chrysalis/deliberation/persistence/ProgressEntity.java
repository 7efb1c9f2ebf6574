package org.chrysalis.deliberation.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;


@Entity
@Table(name = "DLB_PROGRESS")
public class ProgressEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "TOPIC_ID", nullable = false)
    public long topicId;

    @Column(name = "PERCENT_DONE", nullable = false)
    public int percent;

    @Column(name = "NOTE_TEXT", length = 2000)
    public String note;

    @Column(name = "REPORTED_BY", length = 100, nullable = false)
    public String reportedBy;

    @Column(name = "REPORTED_AT", nullable = false)
    public Instant reportedAt;
}
