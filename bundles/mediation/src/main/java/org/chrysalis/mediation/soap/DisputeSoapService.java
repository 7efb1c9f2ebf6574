package org.chrysalis.mediation.soap;

import javax.annotation.security.RolesAllowed;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

/** Mediation's core case work over SOAP: file, read, act, list. */
@WebService(name = "DisputeService", targetNamespace = DisputeSoapService.NAMESPACE)
@RolesAllowed({"admin", "mediator", "integrator"})
public interface DisputeSoapService {

    String NAMESPACE = "urn:chrysalis:mediation:v1";

    @WebMethod
    @WebResult(name = "case")
    @RolesAllowed({"admin", "mediator"})
    DisputeData file(@WebParam(name = "consumerName") String consumerName,
                     @WebParam(name = "consumerPhone") String consumerPhone,
                     @WebParam(name = "merchantName") String merchantName,
                     @WebParam(name = "merchantCreditCode") String merchantCreditCode,
                     @WebParam(name = "category") String category,
                     @WebParam(name = "claimAmountFen") Long claimAmountFen,
                     @WebParam(name = "facts") String facts);

    @WebMethod
    @WebResult(name = "case")
    DisputeData getCase(@WebParam(name = "id") long id);

    /** Simple actions (ACCEPT, START, FAIL, FULFIL, DEFAULT, WITHDRAW, …) with their one text field. */
    @WebMethod
    @WebResult(name = "case")
    @RolesAllowed({"admin", "mediator"})
    DisputeData act(@WebParam(name = "id") long id,
                    @WebParam(name = "action") String action,
                    @WebParam(name = "comment") String comment,
                    @WebParam(name = "declineReason") String declineReason,
                    @WebParam(name = "confirmationNumber") String confirmationNumber,
                    @WebParam(name = "filingReference") String filingReference);

    @WebMethod
    @WebResult(name = "cases")
    DisputePage list(@WebParam(name = "status") String status,
                     @WebParam(name = "mediatorId") String mediatorId,
                     @WebParam(name = "offset") Integer offset,
                     @WebParam(name = "limit") Integer limit);
}
