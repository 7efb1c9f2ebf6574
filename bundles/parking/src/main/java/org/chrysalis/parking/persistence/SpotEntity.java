package org.chrysalis.parking.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A spot, read through JPA; spots are created and their status changed with JDBC (see SpotStore). */
@Entity
@Table(name = "PRK_SPOT")
public class SpotEntity {

    @Id
    @Column(name = "ID", length = 128)
    public String id;

    @Column(name = "LOT_ID", length = 64, nullable = false)
    public String lotId;

    @Column(name = "GROUP_ID", length = 128)
    public String groupId;

    @Column(name = "NAME", length = 100, nullable = false)
    public String name;

    @Column(name = "LATITUDE")
    public Double latitude;

    @Column(name = "LONGITUDE")
    public Double longitude;

    @Column(name = "STATUS", length = 12, nullable = false)
    public String status;

    @Column(name = "OBSERVED_AT")
    public Instant observedAt;

    @Column(name = "SEQ")
    public Long sequence;

    @Column(name = "EVENT_ID", length = 128)
    public String eventId;

    @Column(name = "DEVICE_ID", length = 128)
    public String deviceId;

    /**
     * The compare-and-set version of ingestion's JDBC updates; mapped as the optimistic lock too, so a
     * JPA write would honour it as well.
     */
    @Version
    @Column(name = "VERSION", nullable = false)
    public long version;
}
