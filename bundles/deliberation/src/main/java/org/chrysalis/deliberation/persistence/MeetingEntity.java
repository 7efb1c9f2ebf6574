package org.chrysalis.deliberation.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;


@Entity
@Table(name = "DLB_MEETING")
public class MeetingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "VILLAGE_CODE", length = 64, nullable = false)
    public String villageCode;

    /** Comma-separated topic ids. */
    @Column(name = "TOPIC_IDS", length = 1000, nullable = false)
    public String topicIds;

    @Column(name = "SCHEDULED_AT", nullable = false)
    public Instant scheduledAt;

    @Column(name = "PLACE", length = 200)
    public String place;

    @Column(name = "IS_ONLINE", nullable = false)
    public boolean online;

    /** JSON list of invited participants (name, role). */
    @Lob
    @Column(name = "PARTICIPANTS", nullable = false)
    public String participants;

    @Column(name = "REPRESENTATIVES", nullable = false)
    public int representatives;

    /** Newline-separated names of the invited who attended. */
    @Lob
    @Column(name = "PRESENT")
    public String present;

    @Column(name = "PRESENT_REPS", nullable = false)
    public int presentRepresentatives;

    @Column(name = "QUORATE", nullable = false)
    public boolean quorate;

    @Column(name = "MEETING_STATUS", length = 16, nullable = false)
    public String status;

    @Column(name = "MINUTES_TEXT", length = 8000)
    public String minutes;

    @Column(name = "ATTENDEE_COUNT")
    public Integer attendeeCount;

    /** JSON list of contributions (speaker, summary). */
    @Lob
    @Column(name = "CONTRIBUTIONS")
    public String contributions;

    @Column(name = "CLOSED_AT")
    public Instant closedAt;

    @Column(name = "CREATED_BY", length = 100, nullable = false)
    public String createdBy;

    /** Optimistic lock: a meeting changes (attendance, then minutes close it) like every case record. */
    @Version
    @Column(name = "VERSION")
    public long version;
}
