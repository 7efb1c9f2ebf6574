package org.chrysalis.deliberation.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A village's own rules where they differ from the configured defaults. */
@Entity
@Table(name = "DLB_VILLAGE")
public class VillageEntity {

    @Id
    @Column(name = "VILLAGE_CODE", length = 64)
    public String villageCode;

    @Column(name = "COSIGN_THRESHOLD", nullable = false)
    public int cosignThreshold;

    @Column(name = "COLLECTION_DAYS", nullable = false)
    public int collectionDays;

    @Column(name = "MEETING_QUORUM_PCT", nullable = false)
    public int meetingQuorumPercent;

    @Column(name = "VOTE_QUORUM_PCT", nullable = false)
    public int voteQuorumPercent;

    @Column(name = "NOTICE_DAYS", nullable = false)
    public int noticeDays;
}
