package org.chrysalis.campaigns.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "CMP_KEY_AREA")
public class KeyAreaEntity {

    @Id
    @Column(name = "CODE", length = 64)
    public String code;

    @Column(name = "NAME", length = 100, nullable = false)
    public String name;

    @Column(name = "NAME_EN", length = 200, nullable = false)
    public String nameEn;

    @Column(name = "DESCRIPTION", length = 1000)
    public String description;

    @Column(name = "ACTIVE", nullable = false)
    public boolean active;

    @Column(name = "SORT_ORDER", nullable = false)
    public int sortOrder;
}
