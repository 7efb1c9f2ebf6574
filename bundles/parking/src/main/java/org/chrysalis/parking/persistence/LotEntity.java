package org.chrysalis.parking.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A lot. Its counts are kept by ingestion with exact deltas; read them, do not set them from JPA. */
@Entity
@Table(name = "PRK_LOT")
public class LotEntity {

    @Id
    @Column(name = "ID", length = 64)
    public String id;

    @Column(name = "NAME", length = 200, nullable = false)
    public String name;

    @Column(name = "AREA_CODE", length = 64)
    public String areaCode;

    @Column(name = "LATITUDE", nullable = false)
    public double latitude;

    @Column(name = "LONGITUDE", nullable = false)
    public double longitude;

    @Column(name = "ADDRESS", length = 300)
    public String address;

    @Column(name = "CATEGORIES", length = 500)
    public String categories;

    @Column(name = "VEHICLE_TYPES", length = 500)
    public String vehicleTypes;

    @Column(name = "DETECTION_TYPES", length = 200)
    public String detectionTypes;

    @Column(name = "OPENING_HOURS", length = 200)
    public String openingHours;

    @Column(name = "CLOSED", nullable = false)
    public boolean closed;

    @Column(name = "TOTAL_SPOTS", nullable = false, updatable = false, insertable = false)
    public int totalSpots;

    @Column(name = "AVAILABLE_SPOTS", nullable = false, updatable = false, insertable = false)
    public int availableSpots;

    @Column(name = "OCCUPIED_SPOTS", nullable = false, updatable = false, insertable = false)
    public int occupiedSpots;

    @Column(name = "TARIFF", length = 2000, nullable = false)
    public String tariff;

    @Column(name = "OCCUPANCY_MODIFIED", updatable = false, insertable = false)
    public Instant occupancyModified;

    @Column(name = "CREATED_AT", nullable = false)
    public Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    public Instant updatedAt;
}
