package org.chrysalis.campaigns.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;

import org.chrysalis.campaigns.service.Views.CampaignView;

/** A campaign in SOAP messages; dates as ISO-8601 text. */
@XmlAccessorType(XmlAccessType.FIELD)
public class CampaignData {
    public long id;
    public String name;
    public String kind;
    public String keyAreaCode;
    public String leadDepartment;
    @XmlElement(name = "participatingDepartment")
    public List<String> participatingDepartments = new ArrayList<>();
    public String startDate;
    public String endDate;

    static CampaignData of(CampaignView c) {
        CampaignData d = new CampaignData();
        d.id = c.id();
        d.name = c.name();
        d.kind = c.kind().name();
        d.keyAreaCode = c.keyAreaCode();
        d.leadDepartment = c.leadDepartment();
        d.participatingDepartments.addAll(c.participatingDepartments());
        d.startDate = c.startDate().toString();
        d.endDate = c.endDate() == null ? null : c.endDate().toString();
        return d;
    }
}
