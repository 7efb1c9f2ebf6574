package org.chrysalis.mediation.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** An invited mediator; the id is also the user name the mediator signs in with. */
@Entity
@Table(name = "MED_MEDIATOR")
public class MediatorEntity {

    @Id
    @Column(name = "ID", length = 100)
    public String id;

    @Column(name = "NAME", length = 100, nullable = false)
    public String name;

    @Column(name = "ORGANISATION_ID", length = 64, nullable = false)
    public String organisationId;

    /** Comma-separated dispute categories. */
    @Column(name = "SPECIALTIES", length = 500, nullable = false)
    public String specialties;

    @Column(name = "LANGUAGES", length = 200)
    public String languages;

    @Column(name = "ACTIVE", nullable = false)
    public boolean active = true;

    @Column(name = "MAX_OPEN", nullable = false)
    public int maxOpenCases;

    /** Comma-separated merchant keys the mediator declared a link to. */
    @Column(name = "MERCHANT_LINKS", length = 2000)
    public String merchantLinks;

    /** Position in the rotation. */
    @Column(name = "ROTA_ORDER", nullable = false)
    public int rotaOrder;

    /** Comma-separated ISO weekdays (1 = Monday) the mediator is on duty. */
    @Column(name = "DUTY_DAYS", length = 20, nullable = false)
    public String dutyDays;
}
