package org.chrysalis.mediation.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;

import org.chrysalis.mediation.service.Views.CaseView;

/** A case in SOAP messages (JAXB needs a mutable bean); instants as ISO-8601 text in UTC. */
@XmlAccessorType(XmlAccessType.FIELD)
public class DisputeData {
    public long id;
    public String status;
    public String statusLabel;
    public String category;
    public String consumerName;
    public String merchantName;
    public long claimAmountFen;
    public String mediatorId;
    public String sourceCapability;
    public String sourceCaseId;
    public String filedAt;
    public String deadline;
    @XmlElement(name = "allowedAction")
    public List<String> allowedActions = new ArrayList<>();

    static DisputeData of(CaseView c) {
        DisputeData d = new DisputeData();
        d.id = c.id();
        d.status = c.status().name();
        d.statusLabel = c.statusLabel();
        d.category = c.category().name();
        d.consumerName = c.consumerName();
        d.merchantName = c.merchantName();
        d.claimAmountFen = c.claimFen();
        d.mediatorId = c.mediatorId();
        d.sourceCapability = c.sourceCapability();
        d.sourceCaseId = c.sourceCaseId();
        d.filedAt = c.filedAt().toString();
        d.deadline = c.deadline() == null ? null : c.deadline().toString();
        c.allowedActions().forEach(a -> d.allowedActions.add(a.name()));
        return d;
    }
}
