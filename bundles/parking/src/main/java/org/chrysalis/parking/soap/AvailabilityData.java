package org.chrysalis.parking.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;

import org.chrysalis.parking.service.Views.Availability;

/** A lot with free spots, in SOAP messages (JAXB needs a mutable bean). */
@XmlAccessorType(XmlAccessType.FIELD)
public class AvailabilityData {
    public String lotId;
    public String name;
    public double latitude;
    public double longitude;
    public long distanceMeters;
    public int totalSpotNumber;
    public int availableSpotNumber;
    public String status;

    static AvailabilityData of(Availability a) {
        AvailabilityData d = new AvailabilityData();
        d.lotId = a.lotId();
        d.name = a.name();
        d.latitude = a.latitude();
        d.longitude = a.longitude();
        d.distanceMeters = a.distanceMeters();
        d.totalSpotNumber = a.totalSpotNumber();
        d.availableSpotNumber = a.availableSpotNumber();
        d.status = a.status();
        return d;
    }
}
