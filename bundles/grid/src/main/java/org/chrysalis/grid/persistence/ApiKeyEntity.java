package org.chrysalis.grid.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** An Open311 API key: who may file reports through the GeoReport interface. */
@Entity
@Table(name = "GRD_API_KEY")
public class ApiKeyEntity {

    @Id
    @Column(name = "API_KEY", length = 100)
    public String key;

    @Column(name = "NAME", length = 200, nullable = false)
    public String name;

    @Column(name = "CREATED_AT", nullable = false)
    public Instant createdAt;
}
