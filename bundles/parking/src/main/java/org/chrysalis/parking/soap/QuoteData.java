package org.chrysalis.parking.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;

import org.chrysalis.parking.service.Views.Quote;

/** A fee quote in SOAP messages. */
@XmlAccessorType(XmlAccessType.FIELD)
public class QuoteData {
    public String lotId;
    public long minutes;
    public long feeFen;
    public String reason;

    static QuoteData of(Quote q) {
        QuoteData d = new QuoteData();
        d.lotId = q.lotId();
        d.minutes = q.minutes();
        d.feeFen = q.feeFen();
        d.reason = q.reason();
        return d;
    }
}
