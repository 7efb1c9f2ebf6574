package org.chrysalis.deliberation.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;


@Entity
@Table(name = "DLB_OBJECTION")
public class ObjectionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "TOPIC_ID", nullable = false)
    public long topicId;

    @Column(name = "ROUND_NO", nullable = false)
    public int round;

    @Column(name = "OBJECTOR", length = 100, nullable = false)
    public String objector;

    @Column(name = "REASON", length = 2000, nullable = false)
    public String reason;

    @Column(name = "LODGED_AT", nullable = false)
    public Instant lodgedAt;

    /** PENDING, UPHELD or OVERRULED. */
    @Column(name = "OBJECTION_STATUS", length = 16, nullable = false)
    public String status;

    @Column(name = "RULING", length = 2000)
    public String ruling;

    @Column(name = "RULED_BY", length = 100)
    public String ruledBy;

    @Column(name = "RULED_AT")
    public Instant ruledAt;

    /** Optimistic lock: an objection changes state (pending, then upheld, overruled or superseded) like every case record. */
    @Version
    @Column(name = "VERSION")
    public long version;
}
