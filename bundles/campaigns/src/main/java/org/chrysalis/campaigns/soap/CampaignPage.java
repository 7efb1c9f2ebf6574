package org.chrysalis.campaigns.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;

@XmlAccessorType(XmlAccessType.FIELD)
public class CampaignPage {
    @XmlElement(name = "campaign")
    public List<CampaignData> items = new ArrayList<>();
    public long total;
    public int offset;
    public int limit;
}
