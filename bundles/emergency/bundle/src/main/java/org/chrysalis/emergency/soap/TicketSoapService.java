package org.chrysalis.emergency.soap;

import javax.annotation.security.RolesAllowed;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

/** The ticket work over SOAP. Roles are read from these annotations by the platform's SOAP feature. */
@WebService(name = "TicketService", targetNamespace = TicketSoapService.NAMESPACE)
@RolesAllowed({"admin", "emergency-worker", "integrator"})
public interface TicketSoapService {

    String NAMESPACE = "urn:chrysalis:emergency:v1";

    @WebMethod
    @WebResult(name = "ticket")
    @RolesAllowed({"admin", "emergency-worker"})
    TicketData open(@WebParam(name = "title") String title, @WebParam(name = "description") String description);

    @WebMethod
    @WebResult(name = "ticket")
    TicketData getTicket(@WebParam(name = "id") long id);

    @WebMethod
    @WebResult(name = "ticket")
    @RolesAllowed({"admin", "emergency-worker"})
    TicketData act(@WebParam(name = "id") long id, @WebParam(name = "action") String action,
                   @WebParam(name = "comment") String comment);
}
