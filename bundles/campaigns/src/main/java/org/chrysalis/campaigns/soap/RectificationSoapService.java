package org.chrysalis.campaigns.soap;

import javax.annotation.security.RolesAllowed;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

/** Campaigns and rectification tasks over SOAP: list campaigns and tasks, read and act on a task, progress. */
@WebService(name = "RectificationService", targetNamespace = RectificationSoapService.NAMESPACE)
@RolesAllowed({"admin", "inspector", "integrator"})
public interface RectificationSoapService {

    String NAMESPACE = "urn:chrysalis:campaigns:v1";

    @WebMethod
    @WebResult(name = "campaigns")
    CampaignPage listCampaigns(@WebParam(name = "keyArea") String keyArea,
                               @WebParam(name = "offset") Integer offset,
                               @WebParam(name = "limit") Integer limit);

    @WebMethod
    @WebResult(name = "tasks")
    TaskPage listTasks(@WebParam(name = "campaignId") Long campaignId,
                       @WebParam(name = "status") String status,
                       @WebParam(name = "department") String department,
                       @WebParam(name = "overdue") Boolean overdue,
                       @WebParam(name = "offset") Integer offset,
                       @WebParam(name = "limit") Integer limit);

    @WebMethod
    @WebResult(name = "task")
    TaskData getTask(@WebParam(name = "id") long id);

    /** START, SUBMIT (with one piece of evidence), ACCEPT, REJECT and REOPEN (with the reasons in comment). */
    @WebMethod
    @WebResult(name = "task")
    @RolesAllowed({"admin", "inspector"})
    TaskData act(@WebParam(name = "id") long id,
                 @WebParam(name = "action") String action,
                 @WebParam(name = "comment") String comment,
                 @WebParam(name = "evidenceDescription") String evidenceDescription,
                 @WebParam(name = "evidenceUrl") String evidenceUrl);

    @WebMethod
    @WebResult(name = "progress")
    ProgressData progress(@WebParam(name = "campaignId") long campaignId);
}
