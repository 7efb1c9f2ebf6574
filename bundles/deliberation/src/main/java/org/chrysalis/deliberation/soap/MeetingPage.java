package org.chrysalis.deliberation.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;

@XmlAccessorType(XmlAccessType.FIELD)
public class MeetingPage {
    @XmlElement(name = "meeting")
    public List<MeetingData> items = new ArrayList<>();
    public long total;
    public int offset;
    public int limit;
}
