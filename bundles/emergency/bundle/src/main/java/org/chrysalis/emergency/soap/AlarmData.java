package org.chrysalis.emergency.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import org.chrysalis.emergency.service.Views.AlarmView;

/** An alarm on the SOAP wire: plain fields, instants as ISO-8601 text in UTC, the timeline as lines. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Alarm")
public class AlarmData {

    public String id;
    public String enterpriseName;
    public String park;
    public String kind;
    public boolean drill;
    public String raisedAt;
    public String tier;
    public String deadline;
    public String status;
    public boolean overdue;
    @XmlElement(name = "event")
    public List<String> timeline = new ArrayList<>();

    static AlarmData of(AlarmView view) {
        AlarmData data = new AlarmData();
        data.id = view.id();
        data.enterpriseName = view.enterpriseName();
        data.park = view.park();
        data.kind = view.kind().name();
        data.drill = view.drill();
        data.raisedAt = view.raisedAt().toString();
        data.tier = view.tier().name();
        data.deadline = view.deadline().toString();
        data.status = view.status().name();
        data.overdue = view.overdue();
        view.timeline().forEach(e -> data.timeline.add(e.at() + " " + e.tier() + " " + e.kind() + " " + e.actor()
                + (e.note() == null ? "" : ": " + e.note())));
        return data;
    }
}
