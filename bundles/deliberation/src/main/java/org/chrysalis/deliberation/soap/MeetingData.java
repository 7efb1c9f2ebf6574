package org.chrysalis.deliberation.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;

import org.chrysalis.deliberation.service.Views.MeetingView;

@XmlAccessorType(XmlAccessType.FIELD)
public class MeetingData {
    public long id;
    public String villageCode;
    @XmlElement(name = "topicId")
    public List<Long> topicIds = new ArrayList<>();
    public String scheduledAt;
    public String place;
    public boolean online;
    public int representatives;
    public long quorum;
    public int presentRepresentatives;
    public boolean quorate;
    public String status;
    public String minutes;
    public Integer attendeeCount;

    static MeetingData of(MeetingView m) {
        MeetingData d = new MeetingData();
        d.id = m.id();
        d.villageCode = m.villageCode();
        d.topicIds.addAll(m.topicIds());
        d.scheduledAt = m.scheduledAt().toString();
        d.place = m.place();
        d.online = m.online();
        d.representatives = m.representatives();
        d.quorum = m.quorum();
        d.presentRepresentatives = m.presentRepresentatives();
        d.quorate = m.quorate();
        d.status = m.status();
        d.minutes = m.minutes();
        d.attendeeCount = m.attendeeCount();
        return d;
    }
}
