package org.chrysalis.campaigns.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;

import org.chrysalis.campaigns.service.Views.ProgressView;

/** A campaign's progress in SOAP messages; rates as fractions 0–1, absent when nothing is measured yet. */
@XmlAccessorType(XmlAccessType.FIELD)
public class ProgressData {
    public long campaignId;
    public String name;
    public long problems;
    public long rectified;
    public Double closureRate;
    public long overdue;
    public long overdueHighSeverity;
    public long escalated;
    public Double medianDaysToRectify;

    static ProgressData of(ProgressView v) {
        ProgressData d = new ProgressData();
        d.campaignId = v.campaignId();
        d.name = v.name();
        var p = v.progress();
        d.problems = p.problems();
        d.rectified = p.rectified();
        d.closureRate = p.closureRate();
        d.overdue = p.overdue();
        d.overdueHighSeverity = p.overdueHighSeverity();
        d.escalated = p.escalated();
        d.medianDaysToRectify = p.medianDaysToRectify();
        return d;
    }
}
