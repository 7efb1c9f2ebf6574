package org.chrysalis.emergency.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import org.chrysalis.emergency.domain.TicketView;

/** A ticket on the SOAP wire: plain fields, instants as ISO-8601 text in UTC. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Ticket")
public class TicketData {

    public long id;
    public String title;
    public String description;
    public String status;
    public String createdBy;
    public String createdAt;
    public String dueAt;

    static TicketData of(TicketView view) {
        TicketData data = new TicketData();
        data.id = view.id();
        data.title = view.title();
        data.description = view.description();
        data.status = view.status().name();
        data.createdBy = view.createdBy();
        data.createdAt = view.createdAt().toString();
        data.dueAt = view.dueAt().toString();
        return data;
    }
}
