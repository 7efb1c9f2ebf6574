package org.chrysalis.mediation.soap;

import java.util.List;
import java.util.Locale;

import javax.annotation.Resource;
import javax.jws.WebService;
import javax.xml.ws.WebServiceContext;

import org.chrysalis.mediation.domain.ActionRequest;
import org.chrysalis.mediation.domain.DeclineReason;
import org.chrysalis.mediation.domain.DisputeAction;
import org.chrysalis.mediation.domain.DisputeCategory;
import org.chrysalis.mediation.domain.DisputeFiling;
import org.chrysalis.mediation.domain.DisputeStatus;
import org.chrysalis.mediation.service.CaseService;
import org.chrysalis.mediation.service.Views.CaseFilter;
import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.problem.Enums;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.soap.SoapActors;

@WebService(endpointInterface = "org.chrysalis.mediation.soap.DisputeSoapService", serviceName = "DisputeService",
        portName = "DisputeServicePort", targetNamespace = DisputeSoapService.NAMESPACE)
public class DisputeSoapServiceImpl implements DisputeSoapService {

    private static final Locale LOCALE = Locales.DEFAULT;

    private final CaseService cases;

    @Resource
    private WebServiceContext context;

    public DisputeSoapServiceImpl(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public DisputeData file(String consumerName, String consumerPhone, String merchantName, String merchantCreditCode,
                            String category, Long claimAmountFen, String facts) {
        DisputeCategory parsed = Enums.parseOptional(DisputeCategory.class, "category", category);
        return DisputeData.of(cases.file(new DisputeFiling(consumerName, consumerPhone, merchantName, merchantCreditCode,
                null, parsed, claimAmountFen, facts, List.of()), SoapActors.of(context), null, null, LOCALE));
    }

    @Override
    public DisputeData getCase(long id) {
        return DisputeData.of(cases.get(id, SoapActors.of(context), LOCALE));
    }

    @Override
    public DisputeData act(long id, String action, String comment, String declineReason, String confirmationNumber,
                           String filingReference) {
        DisputeAction parsed = Enums.parse(DisputeAction.class, "action", action);
        DeclineReason reason = Enums.parseOptional(DeclineReason.class, "declineReason", declineReason);
        return DisputeData.of(cases.act(id, new ActionRequest(parsed, comment, reason, confirmationNumber,
                filingReference, null, null, null, null, null), SoapActors.of(context), LOCALE));
    }

    @Override
    public DisputePage list(String status, String mediatorId, Integer offset, Integer limit) {
        DisputeStatus parsed = Enums.parseOptional(DisputeStatus.class, "status", status);
        var page = cases.list(new CaseFilter(parsed, null, mediatorId, null, null), PageRequest.of(offset, limit),
                SoapActors.of(context), LOCALE);
        DisputePage result = new DisputePage();
        page.items().forEach(c -> result.items.add(DisputeData.of(c)));
        result.total = page.total();
        result.offset = page.offset();
        result.limit = page.limit();
        return result;
    }
}
