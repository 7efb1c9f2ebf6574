package org.chrysalis.grid.soap;

import java.util.Locale;

import javax.annotation.Resource;
import javax.jws.WebService;
import javax.xml.ws.WebServiceContext;

import org.chrysalis.grid.domain.ActionRequest;
import org.chrysalis.grid.domain.IncidentAction;
import org.chrysalis.grid.domain.IncidentStatus;
import org.chrysalis.grid.service.IncidentService;
import org.chrysalis.grid.service.Views.IncidentFilter;
import org.chrysalis.grid.service.Views.ReportInput;
import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.problem.Enums;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.soap.SoapActors;

@WebService(endpointInterface = "org.chrysalis.grid.soap.IncidentSoapService", serviceName = "IncidentService",
        portName = "IncidentServicePort", targetNamespace = IncidentSoapService.NAMESPACE)
public class IncidentSoapServiceImpl implements IncidentSoapService {

    private static final Locale LOCALE = Locales.DEFAULT;

    private final IncidentService incidents;

    @Resource
    private WebServiceContext context;

    public IncidentSoapServiceImpl(IncidentService incidents) {
        this.incidents = incidents;
    }

    @Override
    public IncidentData report(String category, String description, Double latitude, Double longitude, String address) {
        return IncidentData.of(incidents.report(new ReportInput(category, description, latitude, longitude, address,
                null, null), SoapActors.of(context), "SOAP", LOCALE).incident());
    }

    @Override
    public IncidentData getIncident(long id) {
        return IncidentData.of(incidents.get(id, SoapActors.of(context), LOCALE));
    }

    @Override
    public IncidentData act(long id, String action, String comment, String departmentCode, String reason) {
        IncidentAction parsed = Enums.parse(IncidentAction.class, "action", action);
        return IncidentData.of(incidents.act(id, new ActionRequest(parsed, comment, departmentCode, reason, null, null),
                SoapActors.of(context), LOCALE));
    }

    @Override
    public IncidentPage listByGrid(String gridCode, String status, Integer offset, Integer limit) {
        if (gridCode == null || gridCode.isBlank()) {
            throw ProblemException.invalid("gridCode", "is required");
        }
        IncidentStatus parsed = Enums.parseOptional(IncidentStatus.class, "status", status);
        var page = incidents.list(new IncidentFilter(parsed, gridCode, null, null, null, null),
                PageRequest.of(offset, limit), SoapActors.of(context), LOCALE);
        IncidentPage result = new IncidentPage();
        page.items().forEach(i -> result.items.add(IncidentData.of(i)));
        result.total = page.total();
        result.offset = page.offset();
        result.limit = page.limit();
        return result;
    }
}
