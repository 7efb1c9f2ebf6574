package org.chrysalis.deliberation.soap;

import javax.annotation.security.RolesAllowed;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

/** Deliberation's core over SOAP: topics, their actions, meetings and tallies. */
@WebService(name = "DeliberationService", targetNamespace = DeliberationSoapService.NAMESPACE)
@RolesAllowed({"admin", "village-committee", "villager", "integrator"})
public interface DeliberationSoapService {

    String NAMESPACE = "urn:chrysalis:deliberation:v1";

    @WebMethod
    @WebResult(name = "topic")
    TopicData getTopic(@WebParam(name = "id") long id);

    @WebMethod
    @WebResult(name = "topics")
    TopicPage listTopics(@WebParam(name = "villageCode") String villageCode,
                         @WebParam(name = "state") String state,
                         @WebParam(name = "offset") Integer offset,
                         @WebParam(name = "limit") Integer limit);

    /** The simple actions (SUBMIT, WITHDRAW, ADOPT, DECLINE, PUBLISH, CLOSE_VOTING, START_IMPLEMENTATION). */
    @WebMethod
    @WebResult(name = "topic")
    @RolesAllowed({"admin", "village-committee", "villager"})
    TopicData act(@WebParam(name = "id") long id,
                  @WebParam(name = "action") String action,
                  @WebParam(name = "comment") String comment,
                  @WebParam(name = "reason") String reason);

    @WebMethod
    @WebResult(name = "meetings")
    MeetingPage listMeetings(@WebParam(name = "villageCode") String villageCode,
                             @WebParam(name = "topicId") Long topicId,
                             @WebParam(name = "offset") Integer offset,
                             @WebParam(name = "limit") Integer limit);

    @WebMethod
    @WebResult(name = "tally")
    TallyData getTally(@WebParam(name = "topicId") long topicId);
}
