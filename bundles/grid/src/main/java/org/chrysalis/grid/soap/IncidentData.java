package org.chrysalis.grid.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;

import org.chrysalis.grid.service.Views.IncidentView;

/** An incident in SOAP messages (JAXB needs a mutable bean). Instants as ISO-8601 text in UTC. */
@XmlAccessorType(XmlAccessType.FIELD)
public class IncidentData {
    public long id;
    public String category;
    public String description;
    public Double latitude;
    public Double longitude;
    public String address;
    public String gridCode;
    public String status;
    public String statusLabel;
    public String departmentCode;
    public String reportedAt;
    public String resolutionDue;
    public boolean overdue;
    @XmlElement(name = "allowedAction")
    public List<String> allowedActions = new ArrayList<>();

    static IncidentData of(IncidentView view) {
        IncidentData data = new IncidentData();
        data.id = view.id();
        data.category = view.category();
        data.description = view.description();
        data.latitude = view.latitude();
        data.longitude = view.longitude();
        data.address = view.address();
        data.gridCode = view.gridCode();
        data.status = view.status().name();
        data.statusLabel = view.statusLabel();
        data.departmentCode = view.departmentCode();
        data.reportedAt = view.reportedAt().toString();
        data.resolutionDue = view.resolutionDue().toString();
        data.overdue = view.overdue();
        view.allowedActions().forEach(a -> data.allowedActions.add(a.name()));
        return data;
    }
}
