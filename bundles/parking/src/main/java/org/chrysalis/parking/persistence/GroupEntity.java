package org.chrysalis.parking.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A group of spots of one lot (a level, a zone), after FIWARE's ParkingGroup. */
@Entity
@Table(name = "PRK_GROUP")
public class GroupEntity {

    @Id
    @Column(name = "ID", length = 128)
    public String id;

    @Column(name = "LOT_ID", length = 64, nullable = false)
    public String lotId;

    @Column(name = "NAME", length = 200, nullable = false)
    public String name;

    @Column(name = "DESCRIPTION", length = 500)
    public String description;
}
