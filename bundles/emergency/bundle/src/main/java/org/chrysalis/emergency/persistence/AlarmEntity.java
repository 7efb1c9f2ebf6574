package org.chrysalis.emergency.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

import org.chrysalis.emergency.domain.AlarmKind;
import org.chrysalis.emergency.domain.AlarmStatus;
import org.chrysalis.emergency.domain.Tier;

/**
 * Table EMERGENCY_ALARM. The fields a query filters on are columns; responders, resources and the
 * timeline are read only with their alarm, so they are kept as JSON text beside it.
 */
@Entity
@Table(name = "EMERGENCY_ALARM")
public class AlarmEntity {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "ENTERPRISE_NAME", nullable = false, length = 200)
    public String enterpriseName;

    @Column(name = "CREDIT_CODE", nullable = false, length = 18)
    public String creditCode;

    @Column(nullable = false, length = 100)
    public String park;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AlarmKind kind;

    @Column(length = 2000)
    public String description;

    @Column(nullable = false)
    public boolean drill;

    @Column(name = "RAISED_AT", nullable = false)
    public Instant raisedAt;

    @Column(name = "RAISED_BY", nullable = false, length = 100)
    public String raisedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Tier tier;

    @Column(name = "TIER_STARTED_AT", nullable = false)
    public Instant tierStartedAt;

    @Column(nullable = false)
    public Instant deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AlarmStatus status;

    @Column(nullable = false)
    public boolean overdue;

    /** When the escalation scheduler must look again; null once no tier clock runs. */
    @Column(name = "ESCALATION_DUE_AT")
    public Instant escalationDueAt;

    @Lob
    @Column(name = "RESPONDERS_JSON", nullable = false)
    public String respondersJson;

    @Lob
    @Column(name = "RESOURCES_JSON", nullable = false)
    public String resourcesJson;

    @Lob
    @Column(name = "TIMELINE_JSON", nullable = false)
    public String timelineJson;

    @Version
    public long revision;
}
