package org.chrysalis.deliberation.soap;

import java.util.Locale;

import javax.annotation.Resource;
import javax.jws.WebService;
import javax.xml.ws.WebServiceContext;

import org.chrysalis.deliberation.domain.ActionRequest;
import org.chrysalis.deliberation.domain.TopicAction;
import org.chrysalis.deliberation.domain.TopicStatus;
import org.chrysalis.deliberation.service.MeetingService;
import org.chrysalis.deliberation.service.TopicService;
import org.chrysalis.deliberation.service.Views.TopicFilter;
import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.problem.Enums;
import org.chrysalis.platform.api.soap.SoapActors;

@WebService(endpointInterface = "org.chrysalis.deliberation.soap.DeliberationSoapService",
        serviceName = "DeliberationService", portName = "DeliberationServicePort",
        targetNamespace = DeliberationSoapService.NAMESPACE)
public class DeliberationSoapServiceImpl implements DeliberationSoapService {

    private static final Locale LOCALE = Locales.DEFAULT;

    private final TopicService topics;
    private final MeetingService meetings;

    @Resource
    private WebServiceContext context;

    public DeliberationSoapServiceImpl(TopicService topics, MeetingService meetings) {
        this.topics = topics;
        this.meetings = meetings;
    }

    @Override
    public TopicData getTopic(long id) {
        return TopicData.of(topics.get(id, SoapActors.of(context), LOCALE));
    }

    @Override
    public TopicPage listTopics(String villageCode, String state, Integer offset, Integer limit) {
        TopicStatus status = Enums.parseOptional(TopicStatus.class, "state", state);
        var page = topics.list(new TopicFilter(blankToNull(villageCode), null, null, status), PageRequest.of(offset, limit),
                SoapActors.of(context), LOCALE);
        TopicPage result = new TopicPage();
        page.items().forEach(t -> result.items.add(TopicData.of(t)));
        result.total = page.total();
        result.offset = page.offset();
        result.limit = page.limit();
        return result;
    }

    @Override
    public TopicData act(long id, String action, String comment, String reason) {
        TopicAction parsed = Enums.parse(TopicAction.class, "action", action);
        return TopicData.of(topics.act(id, new ActionRequest(parsed, comment, reason, null), SoapActors.of(context), LOCALE));
    }

    @Override
    public MeetingPage listMeetings(String villageCode, Long topicId, Integer offset, Integer limit) {
        SoapActors.of(context);
        var page = meetings.list(blankToNull(villageCode), topicId, PageRequest.of(offset, limit));
        MeetingPage result = new MeetingPage();
        page.items().forEach(m -> result.items.add(MeetingData.of(m)));
        result.total = page.total();
        result.offset = page.offset();
        result.limit = page.limit();
        return result;
    }

    @Override
    public TallyData getTally(long topicId) {
        SoapActors.of(context);
        return TallyData.of(topics.tally(topicId));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
