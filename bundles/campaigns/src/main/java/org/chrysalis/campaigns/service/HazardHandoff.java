package org.chrysalis.campaigns.service;

import org.chrysalis.platform.api.handoff.CaseHandoff;
import org.chrysalis.platform.api.handoff.HandoffReceipt;
import org.chrysalis.platform.api.handoff.HandoffRequest;
import org.chrysalis.platform.api.i18n.Locales;

/**
 * Accepts hazards handed over by other capabilities (a grid incident of the safety-hazard
 * category): each becomes an OPEN rectification task of the standing hand-off campaign, with a
 * link back to its source; the severity is HIGH unless the source says otherwise
 * (attribute {@code severity}).
 */
public class HazardHandoff implements CaseHandoff {

    private final RectificationService tasks;

    public HazardHandoff(RectificationService tasks) {
        this.tasks = tasks;
    }

    @Override
    public HandoffReceipt accept(HandoffRequest request) {
        var task = tasks.acceptHandoff(request, Locales.DEFAULT);
        return new HandoffReceipt(CampaignService.CAPABILITY, String.valueOf(task.id()));
    }
}
