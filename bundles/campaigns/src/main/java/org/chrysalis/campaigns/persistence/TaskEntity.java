package org.chrysalis.campaigns.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

import org.chrysalis.campaigns.domain.Severity;
import org.chrysalis.campaigns.domain.TaskStatus;

/** A problem found and its rectification task: one row, one id, since every problem has exactly one task. */
@Entity
@Table(name = "CMP_TASK")
public class TaskEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "CAMPAIGN_ID", nullable = false)
    public long campaignId;

    /** The campaign's key area, copied so lists and progress filter without a join. */
    @Column(name = "KEY_AREA_CODE", length = 64)
    public String keyAreaCode;

    @Column(name = "INSPECTION_ID")
    public Long inspectionId;

    @Column(name = "DESCRIPTION", length = 2000, nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "SEVERITY", length = 16, nullable = false)
    public Severity severity;

    @Column(name = "SITE_NAME", length = 200)
    public String siteName;

    @Column(name = "CREDIT_CODE", length = 18)
    public String creditCode;

    @Column(name = "AREA_CODE", length = 64)
    public String areaCode;

    @Column(name = "RESPONSIBLE_PARTY", length = 200, nullable = false)
    public String responsibleParty;

    @Column(name = "RESPONSIBLE_DEPT", length = 100, nullable = false)
    public String responsibleDepartment;

    @Column(name = "REQUIRED_EVIDENCE", length = 1000)
    public String requiredEvidence;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 24, nullable = false)
    public TaskStatus status;

    @Column(name = "FOUND_AT", nullable = false)
    public Instant foundAt;

    @Column(name = "DEADLINE", nullable = false)
    public Instant deadline;

    @Column(name = "OVERDUE_AT")
    public Instant overdueAt;

    @Column(name = "ESCALATED_AT")
    public Instant escalatedAt;

    @Column(name = "SUPERVISION_DEADLINE")
    public Instant supervisionDeadline;

    @Column(name = "SUBMITTED_AT")
    public Instant submittedAt;

    @Column(name = "ACCEPTED_AT")
    public Instant acceptedAt;

    @Column(name = "REOPEN_COUNT", nullable = false)
    public int reopenCount;

    /** The evidence of the latest submission, as JSON. */
    @Lob
    @Column(name = "EVIDENCE")
    public String evidence;

    @Column(name = "SOURCE_CAPABILITY", length = 64)
    public String sourceCapability;

    @Column(name = "SOURCE_CASE_ID", length = 128)
    public String sourceCaseId;

    @Column(name = "UPDATED_AT", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "VERSION")
    public long version;
}
