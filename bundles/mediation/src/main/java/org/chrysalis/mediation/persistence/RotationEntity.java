package org.chrysalis.mediation.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Where the rotation stands: the mediator who got the last case. One row. */
@Entity
@Table(name = "MED_ROTATION")
public class RotationEntity {

    @Id
    @Column(name = "ID", length = 32)
    public String id;

    @Column(name = "LAST_MEDIATOR_ID", length = 100)
    public String lastMediatorId;
}
