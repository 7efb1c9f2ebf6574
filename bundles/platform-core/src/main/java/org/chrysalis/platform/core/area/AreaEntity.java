package org.chrysalis.platform.core.area;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

import org.chrysalis.platform.api.area.AreaLevel;

@Entity
@Table(name = "PLT_AREA")
public class AreaEntity {

    @Id
    @Column(name = "CODE", length = 64)
    String code;

    @Column(name = "NAME", length = 200, nullable = false)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "AREA_LEVEL", length = 16, nullable = false)
    AreaLevel level;

    @Column(name = "PARENT_CODE", length = 64)
    String parentCode;

    @Lob
    @Column(name = "BOUNDARY")
    String boundary;

    @Column(name = "CENTROID_LON")
    Double centroidLon;

    @Column(name = "CENTROID_LAT")
    Double centroidLat;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    Instant updatedAt;

    @Version
    @Column(name = "VERSION")
    long version;
}
