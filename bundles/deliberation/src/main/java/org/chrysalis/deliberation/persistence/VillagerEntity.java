package org.chrysalis.deliberation.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The villager register: which village a user belongs to, for eligibility. */
@Entity
@Table(name = "DLB_VILLAGER")
public class VillagerEntity {

    @Id
    @Column(name = "USER_NAME", length = 100)
    public String userName;

    @Column(name = "VILLAGE_CODE", length = 64, nullable = false)
    public String villageCode;

    @Column(name = "DISPLAY_NAME", length = 100)
    public String displayName;

    @Column(name = "REGISTERED_AT", nullable = false)
    public Instant registeredAt;
}
