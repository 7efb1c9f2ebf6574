package org.chrysalis.emergency.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** Table EMERGENCY_TICKET, created by db/emergency-changelog.xml. */
@Entity
@Table(name = "EMERGENCY_TICKET")
public class TicketEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(length = 2000)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public org.chrysalis.emergency.domain.TicketStatus status;

    @Column(name = "CREATED_BY", nullable = false, length = 100)
    public String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    public Instant createdAt;

    @Column(name = "DUE_AT", nullable = false)
    public Instant dueAt;

    @Column(name = "UPDATED_AT", nullable = false)
    public Instant updatedAt;

    /** Optimistic locking: two users acting at once cannot both win. */
    @Version
    public long revision;
}
