package org.chrysalis.grid.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** An incident category; Open311 calls it a service. Deadlines come from configuration. */
@Entity
@Table(name = "GRD_CATEGORY")
public class CategoryEntity {

    @Id
    @Column(name = "CODE", length = 64)
    public String code;

    @Column(name = "NAME_ZH", length = 200, nullable = false)
    public String nameZh;

    @Column(name = "NAME_EN", length = 200, nullable = false)
    public String nameEn;

    @Column(name = "DESCRIPTION", length = 1000)
    public String description;

    /** The capability its incidents may be handed to ("mediation", "campaigns"), if any. */
    @Column(name = "HANDOFF", length = 64)
    public String handoff;

    @Column(name = "ACTIVE", nullable = false)
    public boolean active = true;
}
