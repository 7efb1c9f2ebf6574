package org.chrysalis.campaigns.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** One inspection as recorded. Never changed. */
@Entity
@Table(name = "CMP_INSPECTION")
public class InspectionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "CAMPAIGN_ID", nullable = false)
    public long campaignId;

    @Column(name = "SITE_NAME", length = 200, nullable = false)
    public String siteName;

    @Column(name = "CREDIT_CODE", length = 18)
    public String creditCode;

    @Column(name = "ADDRESS", length = 500)
    public String address;

    @Column(name = "AREA_CODE", length = 64)
    public String areaCode;

    @Column(name = "INSPECTOR", length = 100, nullable = false)
    public String inspector;

    @Column(name = "INSPECTED_AT", nullable = false)
    public Instant inspectedAt;

    /** The checklist as JSON. */
    @Lob
    @Column(name = "CHECKLIST")
    public String checklist;

    @Column(name = "SUMMARY", length = 4000)
    public String summary;

    @Column(name = "RECORDED_AT", nullable = false)
    public Instant recordedAt;
}
