package org.chrysalis.grid.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A points ledger entry. Entries are only ever added, never changed or removed. */
@Entity
@Table(name = "GRD_POINTS")
public class PointsEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "WORKER", length = 100, nullable = false)
    public String worker;

    @Column(name = "POINTS", nullable = false)
    public int points;

    @Column(name = "REASON", length = 32, nullable = false)
    public String reason;

    @Column(name = "LINK", length = 200)
    public String link;

    @Column(name = "GRID_CODE", length = 64)
    public String gridCode;

    @Column(name = "AWARDED_AT", nullable = false)
    public Instant at;
}
