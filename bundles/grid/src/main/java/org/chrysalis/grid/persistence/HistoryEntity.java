package org.chrysalis.grid.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.chrysalis.grid.domain.IncidentAction;
import org.chrysalis.grid.domain.IncidentStatus;

/** One step of an incident: who did what, when, from which state to which. Never changed. */
@Entity
@Table(name = "GRD_HISTORY")
public class HistoryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "INCIDENT_ID", nullable = false)
    public long incidentId;

    @Column(name = "OCCURRED_AT", nullable = false)
    public Instant at;

    @Column(name = "ACTOR", length = 100, nullable = false)
    public String actor;

    /** Null for the report itself. */
    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION", length = 16)
    public IncidentAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "FROM_STATUS", length = 16)
    public IncidentStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "TO_STATUS", length = 16, nullable = false)
    public IncidentStatus to;

    @Column(name = "COMMENT_TEXT", length = 2000)
    public String comment;

    @Column(name = "DETAIL", length = 500)
    public String detail;
}
