package org.chrysalis.platform.core.audit;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

@Entity
@Table(name = "PLT_AUDIT")
public class AuditEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "OCCURRED_AT", nullable = false)
    Instant at;

    @Column(name = "ACTOR", length = 100, nullable = false)
    String actor;

    @Column(name = "CAPABILITY", length = 64, nullable = false)
    String capability;

    @Column(name = "ENTITY", length = 64, nullable = false)
    String entity;

    @Column(name = "ENTITY_ID", length = 128)
    String entityId;

    @Column(name = "ACTION", length = 64, nullable = false)
    String action;

    @Lob
    @Column(name = "BEFORE_STATE")
    String before;

    @Lob
    @Column(name = "AFTER_STATE")
    String after;
}
