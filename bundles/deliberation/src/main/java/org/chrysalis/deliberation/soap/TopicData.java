package org.chrysalis.deliberation.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;

import org.chrysalis.deliberation.service.Views.TopicView;

/** A topic in SOAP messages (JAXB needs a mutable bean); instants as ISO-8601 text in UTC. */
@XmlAccessorType(XmlAccessType.FIELD)
public class TopicData {
    public long id;
    public String villageCode;
    public String title;
    public String kind;
    public String matter;
    public String status;
    public String statusLabel;
    public String author;
    public int cosigners;
    public int cosignThreshold;
    public String createdAt;
    public String outcome;
    public String noticeEndsAt;
    public int progressPercent;
    @XmlElement(name = "allowedAction")
    public List<String> allowedActions = new ArrayList<>();

    static TopicData of(TopicView t) {
        TopicData d = new TopicData();
        d.id = t.id();
        d.villageCode = t.villageCode();
        d.title = t.title();
        d.kind = t.kind().name();
        d.matter = t.matter().name();
        d.status = t.status().name();
        d.statusLabel = t.statusLabel();
        d.author = t.author();
        d.cosigners = t.cosigners();
        d.cosignThreshold = t.cosignThreshold();
        d.createdAt = t.createdAt().toString();
        d.outcome = t.outcome() == null ? null : t.outcome().name();
        d.noticeEndsAt = t.noticeEndsAt() == null ? null : t.noticeEndsAt().toString();
        d.progressPercent = t.progressPercent();
        t.allowedActions().forEach(a -> d.allowedActions.add(a.name()));
        return d;
    }
}
