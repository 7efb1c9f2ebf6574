package org.chrysalis.campaigns.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;

import org.chrysalis.campaigns.service.Views.TaskView;

/** A task in SOAP messages (JAXB needs a mutable bean); instants as ISO-8601 text in UTC. */
@XmlAccessorType(XmlAccessType.FIELD)
public class TaskData {
    public long id;
    public long campaignId;
    public String description;
    public String severity;
    public String siteName;
    public String responsibleParty;
    public String responsibleDepartment;
    public String status;
    public String statusLabel;
    public String deadline;
    public boolean overdue;
    public boolean escalated;
    public String supervisionDeadline;
    public int reopenCount;
    public String sourceCapability;
    public String sourceCaseId;
    @XmlElement(name = "allowedAction")
    public List<String> allowedActions = new ArrayList<>();

    static TaskData of(TaskView t) {
        TaskData d = new TaskData();
        d.id = t.id();
        d.campaignId = t.campaignId();
        d.description = t.description();
        d.severity = t.severity().name();
        d.siteName = t.siteName();
        d.responsibleParty = t.responsibleParty();
        d.responsibleDepartment = t.responsibleDepartment();
        d.status = t.status().name();
        d.statusLabel = t.statusLabel();
        d.deadline = t.deadline().toString();
        d.overdue = t.overdue();
        d.escalated = t.escalated();
        d.supervisionDeadline = t.supervisionDeadline() == null ? null : t.supervisionDeadline().toString();
        d.reopenCount = t.reopenCount();
        d.sourceCapability = t.sourceCapability();
        d.sourceCaseId = t.sourceCaseId();
        t.allowedActions().forEach(a -> d.allowedActions.add(a.name()));
        return d;
    }
}
