package org.chrysalis.emergency.soap;

import javax.annotation.security.RolesAllowed;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

/** Alarms over SOAP, for park control rooms: raise, read, act (dispatch is REST-only: it carries a list). */
@WebService(name = "AlarmService", targetNamespace = AlarmSoapService.NAMESPACE)
@RolesAllowed({"admin", "emergency-enterprise", "emergency-park", "emergency-center", "integrator"})
public interface AlarmSoapService {

    String NAMESPACE = "urn:chrysalis:emergency:v1";

    @WebMethod
    @WebResult(name = "alarm")
    @RolesAllowed({"admin", "emergency-enterprise"})
    AlarmData raise(@WebParam(name = "enterpriseName") String enterpriseName,
                    @WebParam(name = "creditCode") String creditCode,
                    @WebParam(name = "park") String park,
                    @WebParam(name = "kind") String kind,
                    @WebParam(name = "description") String description,
                    @WebParam(name = "drill") Boolean drill);

    @WebMethod
    @WebResult(name = "alarm")
    AlarmData getAlarm(@WebParam(name = "id") String id);

    /** ACKNOWLEDGE, ESCALATE, CONTAIN, CLOSE or CANCEL, with a note. */
    @WebMethod
    @WebResult(name = "alarm")
    @RolesAllowed({"admin", "emergency-enterprise", "emergency-park", "emergency-center"})
    AlarmData act(@WebParam(name = "id") String id, @WebParam(name = "action") String action,
                  @WebParam(name = "note") String note);
}
