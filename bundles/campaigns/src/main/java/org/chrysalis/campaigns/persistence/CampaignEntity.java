package org.chrysalis.campaigns.persistence;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.chrysalis.campaigns.domain.CampaignKind;

@Entity
@Table(name = "CMP_CAMPAIGN")
public class CampaignEntity {

    /** {@link #purpose} of the standing campaign that collects tasks handed over by other capabilities. */
    public static final String HANDOFF = "HANDOFF";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "NAME", length = 200, nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 16, nullable = false)
    public CampaignKind kind;

    @Column(name = "KEY_AREA_CODE", length = 64)
    public String keyAreaCode;

    @Column(name = "LEAD_DEPARTMENT", length = 100, nullable = false)
    public String leadDepartment;

    /** Participating departments, one per line. */
    @Column(name = "DEPARTMENTS", length = 3200)
    public String departments;

    @Column(name = "START_DATE", nullable = false)
    public LocalDate startDate;

    @Column(name = "END_DATE")
    public LocalDate endDate;

    /** Covered platform area codes, comma-separated. */
    @Column(name = "AREA_CODES", length = 4000)
    public String areaCodes;

    @Column(name = "TARGET_CLOSURE_PCT")
    public Integer targetClosurePercent;

    @Column(name = "TARGET_MAX_OVERDUE_HIGH")
    public Integer targetMaxOverdueHigh;

    @Column(name = "TARGET_MEDIAN_DAYS")
    public Integer targetMedianDays;

    @Column(name = "DESCRIPTION", length = 4000)
    public String description;

    @Column(name = "PURPOSE", length = 16)
    public String purpose;

    @Column(name = "CREATED_BY", length = 100, nullable = false)
    public String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    public Instant createdAt;

    @Version
    @Column(name = "VERSION")
    public long version;
}
