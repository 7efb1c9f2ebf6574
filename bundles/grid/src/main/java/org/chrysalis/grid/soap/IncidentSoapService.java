package org.chrysalis.grid.soap;

import javax.annotation.security.RolesAllowed;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

/** The grid's core case work over SOAP: report, read, act, list a grid's incidents. */
@WebService(name = "IncidentService", targetNamespace = IncidentSoapService.NAMESPACE)
@RolesAllowed({"admin", "dispatcher", "grid-worker", "integrator"})
public interface IncidentSoapService {

    String NAMESPACE = "urn:chrysalis:grid:v1";

    @WebMethod
    @WebResult(name = "incident")
    @RolesAllowed({"admin", "dispatcher", "grid-worker"})
    IncidentData report(@WebParam(name = "category") String category,
                        @WebParam(name = "description") String description,
                        @WebParam(name = "latitude") Double latitude,
                        @WebParam(name = "longitude") Double longitude,
                        @WebParam(name = "address") String address);

    @WebMethod
    @WebResult(name = "incident")
    IncidentData getIncident(@WebParam(name = "id") long id);

    @WebMethod
    @WebResult(name = "incident")
    @RolesAllowed({"admin", "dispatcher", "grid-worker"})
    IncidentData act(@WebParam(name = "id") long id,
                     @WebParam(name = "action") String action,
                     @WebParam(name = "comment") String comment,
                     @WebParam(name = "departmentCode") String departmentCode,
                     @WebParam(name = "reason") String reason);

    @WebMethod
    @WebResult(name = "incidents")
    IncidentPage listByGrid(@WebParam(name = "gridCode") String gridCode,
                            @WebParam(name = "status") String status,
                            @WebParam(name = "offset") Integer offset,
                            @WebParam(name = "limit") Integer limit);
}
