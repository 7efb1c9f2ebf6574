package org.chrysalis.parking.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;

import org.chrysalis.parking.service.Views.Session;

/** A session in SOAP messages; instants as ISO-8601 text in UTC, money in fen. */
@XmlAccessorType(XmlAccessType.FIELD)
public class SessionData {
    public long id;
    public String lotId;
    public String plate;
    public String vehicleType;
    public String enteredAt;
    public String exitedAt;
    public Long minutes;
    public Long feeFen;
    public String paymentStatus;
    public boolean flagged;

    static SessionData of(Session s) {
        SessionData d = new SessionData();
        d.id = s.id();
        d.lotId = s.lotId();
        d.plate = s.plate();
        d.vehicleType = s.vehicleType();
        d.enteredAt = s.enteredAt().toString();
        d.exitedAt = s.exitedAt() == null ? null : s.exitedAt().toString();
        d.minutes = s.minutes();
        d.feeFen = s.feeFen();
        d.paymentStatus = s.paymentStatus();
        d.flagged = s.flagged();
        return d;
    }
}
