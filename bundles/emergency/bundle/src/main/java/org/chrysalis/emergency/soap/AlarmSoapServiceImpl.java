package org.chrysalis.emergency.soap;

import javax.annotation.Resource;
import javax.jws.WebService;
import javax.xml.ws.WebServiceContext;

import org.chrysalis.emergency.domain.AlarmAction;
import org.chrysalis.emergency.domain.AlarmKind;
import org.chrysalis.emergency.service.AlarmService;
import org.chrysalis.emergency.service.Views.ActionInput;
import org.chrysalis.emergency.service.Views.RaiseInput;
import org.chrysalis.platform.api.problem.Enums;
import org.chrysalis.platform.api.soap.SoapActors;

@WebService(endpointInterface = "org.chrysalis.emergency.soap.AlarmSoapService", serviceName = "AlarmService",
        portName = "AlarmServicePort", targetNamespace = AlarmSoapService.NAMESPACE)
public class AlarmSoapServiceImpl implements AlarmSoapService {

    private final AlarmService alarms;

    @Resource
    private WebServiceContext context;

    public AlarmSoapServiceImpl(AlarmService alarms) {
        this.alarms = alarms;
    }

    @Override
    public AlarmData raise(String enterpriseName, String creditCode, String park, String kind, String description,
                           Boolean drill) {
        AlarmKind parsed = Enums.parseOptional(AlarmKind.class, "kind", kind);
        return AlarmData.of(alarms.raise(new RaiseInput(enterpriseName, creditCode, park, parsed, description, drill),
                SoapActors.of(context)));
    }

    @Override
    public AlarmData getAlarm(String id) {
        return AlarmData.of(alarms.get(id, SoapActors.of(context)));
    }

    @Override
    public AlarmData act(String id, String action, String note) {
        AlarmAction parsed = Enums.parse(AlarmAction.class, "action", action);
        return AlarmData.of(alarms.act(id, new ActionInput(parsed, note, null), SoapActors.of(context)));
    }
}
