package org.chrysalis.mediation.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "MED_SESSION")
public class SessionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "CASE_ID", nullable = false)
    public long caseId;

    @Column(name = "SCHEDULED_AT", nullable = false)
    public Instant scheduledAt;

    @Column(name = "MODE", length = 16, nullable = false)
    public String mode;

    @Column(name = "PLACE", length = 200)
    public String place;

    @Column(name = "ATTENDEES", length = 2200)
    public String attendees;

    @Column(name = "MINUTES", length = 8000)
    public String minutes;

    @Column(name = "RECORDED_BY", length = 100, nullable = false)
    public String recordedBy;
}
