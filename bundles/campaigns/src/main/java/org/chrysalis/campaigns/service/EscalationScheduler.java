package org.chrysalis.campaigns.service;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the platform clock, at a fixed interval: flags tasks past their deadline as overdue and
 * escalates them to supervision once the escalation delay has passed.
 */
public class EscalationScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationScheduler.class);

    private final RectificationService tasks;
    private final CampaignsSettings settings;
    private ScheduledExecutorService executor;

    public EscalationScheduler(RectificationService tasks, CampaignsSettings settings) {
        this.tasks = tasks;
        this.settings = settings;
    }

    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "campaigns-escalation");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.escalationIntervalSeconds();
        executor.scheduleWithFixedDelay(this::runOnce, interval, interval, TimeUnit.SECONDS);
    }

    /** @return {overdue flagged, escalated} */
    public int[] runOnce() {
        try {
            int flagged = tasks.flagOverdue();
            int escalated = tasks.escalateOverdue();
            if (flagged + escalated > 0) {
                LOG.info("Rectification tasks: {} flagged overdue, {} escalated to supervision", flagged, escalated);
            }
            return new int[] {flagged, escalated};
        } catch (RuntimeException e) {
            LOG.warn("Overdue scan failed", e);
            return new int[] {0, 0};
        }
    }

    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
