package org.chrysalis.grid.persistence;

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

import org.chrysalis.grid.domain.IncidentStatus;

@Entity
@Table(name = "GRD_INCIDENT")
public class IncidentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "CATEGORY", length = 64, nullable = false)
    public String category;

    @Column(name = "DESCRIPTION", length = 4000, nullable = false)
    public String description;

    @Column(name = "LATITUDE")
    public Double latitude;

    @Column(name = "LONGITUDE")
    public Double longitude;

    @Column(name = "ADDRESS", length = 500)
    public String address;

    @Lob
    @Column(name = "MEDIA")
    public String media;

    @Column(name = "REPORTER", length = 100)
    public String reporter;

    @Column(name = "CONTACT_NAME", length = 200)
    public String contactName;

    @Column(name = "CONTACT_PHONE", length = 50)
    public String contactPhone;

    @Column(name = "CONTACT_EMAIL", length = 200)
    public String contactEmail;

    @Column(name = "CHANNEL", length = 16, nullable = false)
    public String channel;

    @Column(name = "GRID_CODE", length = 64)
    public String gridCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    public IncidentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "RESUME_STATUS", length = 16)
    public IncidentStatus resumeStatus;

    @Column(name = "DEPARTMENT_CODE", length = 64)
    public String departmentCode;

    @Column(name = "RESOLVER", length = 100)
    public String resolver;

    @Column(name = "REPORTED_AT", nullable = false)
    public Instant reportedAt;

    @Column(name = "UPDATED_AT", nullable = false)
    public Instant updatedAt;

    @Column(name = "RESPONSE_DUE", nullable = false)
    public Instant responseDue;

    @Column(name = "RESOLUTION_DUE", nullable = false)
    public Instant resolutionDue;

    @Column(name = "CLOSED_AT")
    public Instant closedAt;

    @Column(name = "MERGED_INTO")
    public Long mergedInto;

    @Column(name = "TRANSFERRED_TO", length = 64)
    public String transferredTo;

    @Column(name = "TRANSFER_CASE_ID", length = 128)
    public String transferCaseId;

    /** Given to Open311 clients that report anonymously, to look their request up later. */
    @Column(name = "OPEN311_TOKEN", length = 64)
    public String open311Token;

    @Version
    @Column(name = "VERSION")
    public long version;
}
