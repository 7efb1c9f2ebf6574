package org.chrysalis.mediation.service;

import java.util.List;

import org.chrysalis.mediation.domain.DisputeCategory;
import org.chrysalis.mediation.domain.DisputeFiling;
import org.chrysalis.platform.api.handoff.CaseHandoff;
import org.chrysalis.platform.api.handoff.HandoffReceipt;
import org.chrysalis.platform.api.handoff.HandoffRequest;
import org.chrysalis.platform.api.i18n.Locales;

/**
 * Accepts disputes handed over by other capabilities (a grid incident of a consumer-dispute
 * category): the case is filed with a link back to its source and waits for screening. What the
 * source does not know (the merchant) is marked to be completed at screening.
 */
public class DisputeHandoff implements CaseHandoff {

    static final String UNKNOWN = "待补充 (to be completed)";

    private final CaseService cases;

    public DisputeHandoff(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public HandoffReceipt accept(HandoffRequest request) {
        var attributes = request.attributes();
        String consumer = attributes.getOrDefault("consumerName", attributes.getOrDefault("reporter", ""));
        String merchant = attributes.getOrDefault("merchantName", "");
        String facts = request.title() + ": " + (request.description() == null ? "" : request.description());
        DisputeFiling filing = new DisputeFiling(consumer.isBlank() ? UNKNOWN : consumer,
                attributes.get("consumerPhone"), merchant.isBlank() ? UNKNOWN : merchant, null, null,
                DisputeCategory.OTHER, 0L, facts.length() > 4000 ? facts.substring(0, 4000) : facts, List.of());
        var filed = cases.file(filing, request.actor(), request.sourceCapability(), request.sourceCaseId(), Locales.DEFAULT);
        return new HandoffReceipt(RosterService.CAPABILITY, String.valueOf(filed.id()));
    }
}
