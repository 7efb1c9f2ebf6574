package org.chrysalis.campaigns.soap;

import java.util.List;
import java.util.Locale;

import javax.annotation.Resource;
import javax.jws.WebService;
import javax.xml.ws.WebServiceContext;

import org.chrysalis.campaigns.domain.ActionRequest;
import org.chrysalis.campaigns.domain.TaskAction;
import org.chrysalis.campaigns.domain.TaskStatus;
import org.chrysalis.campaigns.service.AssessmentService;
import org.chrysalis.campaigns.service.CampaignService;
import org.chrysalis.campaigns.service.RectificationService;
import org.chrysalis.campaigns.service.Views.TaskFilter;
import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.problem.Enums;
import org.chrysalis.platform.api.soap.SoapActors;

@WebService(endpointInterface = "org.chrysalis.campaigns.soap.RectificationSoapService",
        serviceName = "RectificationService", portName = "RectificationServicePort",
        targetNamespace = RectificationSoapService.NAMESPACE)
public class RectificationSoapServiceImpl implements RectificationSoapService {

    private static final Locale LOCALE = Locales.DEFAULT;

    private final CampaignService campaigns;
    private final RectificationService tasks;
    private final AssessmentService assessment;

    @Resource
    private WebServiceContext context;

    public RectificationSoapServiceImpl(CampaignService campaigns, RectificationService tasks,
                                        AssessmentService assessment) {
        this.campaigns = campaigns;
        this.tasks = tasks;
        this.assessment = assessment;
    }

    @Override
    public CampaignPage listCampaigns(String keyArea, Integer offset, Integer limit) {
        var page = campaigns.list(keyArea == null || keyArea.isBlank() ? null : keyArea, null,
                PageRequest.of(offset, limit), LOCALE);
        CampaignPage result = new CampaignPage();
        page.items().forEach(c -> result.items.add(CampaignData.of(c)));
        result.total = page.total();
        result.offset = page.offset();
        result.limit = page.limit();
        return result;
    }

    @Override
    public TaskPage listTasks(Long campaignId, String status, String department, Boolean overdue, Integer offset,
                              Integer limit) {
        TaskStatus parsed = Enums.parseOptional(TaskStatus.class, "status", status);
        var page = tasks.list(new TaskFilter(campaignId, null, department == null || department.isBlank() ? null
                : department, parsed, null, overdue), PageRequest.of(offset, limit), SoapActors.of(context), LOCALE);
        TaskPage result = new TaskPage();
        page.items().forEach(t -> result.items.add(TaskData.of(t)));
        result.total = page.total();
        result.offset = page.offset();
        result.limit = page.limit();
        return result;
    }

    @Override
    public TaskData getTask(long id) {
        return TaskData.of(tasks.get(id, SoapActors.of(context), LOCALE));
    }

    @Override
    public TaskData act(long id, String action, String comment, String evidenceDescription, String evidenceUrl) {
        TaskAction parsed = Enums.parse(TaskAction.class, "action", action);
        List<ActionRequest.Evidence> evidence = evidenceDescription == null && evidenceUrl == null ? null
                : List.of(new ActionRequest.Evidence(evidenceDescription, evidenceUrl));
        return TaskData.of(tasks.act(id, new ActionRequest(parsed, comment, evidence), SoapActors.of(context), LOCALE));
    }

    @Override
    public ProgressData progress(long campaignId) {
        return ProgressData.of(assessment.campaignProgress(campaignId));
    }
}
