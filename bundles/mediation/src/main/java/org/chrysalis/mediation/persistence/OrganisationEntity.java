package org.chrysalis.mediation.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** An invited mediation organisation: consumer association, industry body, committee, law firm. */
@Entity
@Table(name = "MED_ORGANISATION")
public class OrganisationEntity {

    @Id
    @Column(name = "ID", length = 64)
    public String id;

    @Column(name = "NAME", length = 200, nullable = false)
    public String name;

    @Column(name = "KIND", length = 40, nullable = false)
    public String kind;

    @Column(name = "CONTACT", length = 200)
    public String contact;
}
