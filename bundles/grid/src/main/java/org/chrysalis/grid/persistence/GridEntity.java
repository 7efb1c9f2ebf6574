package org.chrysalis.grid.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "GRD_GRID")
public class GridEntity {

    @Id
    @Column(name = "CODE", length = 64)
    public String code;

    @Column(name = "NAME", length = 200, nullable = false)
    public String name;

    @Column(name = "AREA_CODE", length = 64, nullable = false)
    public String areaCode;

    @Lob
    @Column(name = "BOUNDARY")
    public String boundary;

    @Column(name = "CENTROID_LON")
    public Double centroidLon;

    @Column(name = "CENTROID_LAT")
    public Double centroidLat;

    @Column(name = "LEAD_WORKER", length = 100)
    public String leadWorker;

    @Column(name = "CREATED_AT", nullable = false)
    public Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "VERSION")
    public long version;
}
