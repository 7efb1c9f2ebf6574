package org.chrysalis.deliberation.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;

@XmlAccessorType(XmlAccessType.FIELD)
public class TopicPage {
    @XmlElement(name = "topic")
    public List<TopicData> items = new ArrayList<>();
    public long total;
    public int offset;
    public int limit;
}
