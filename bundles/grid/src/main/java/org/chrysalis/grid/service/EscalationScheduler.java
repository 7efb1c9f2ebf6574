package org.chrysalis.grid.service;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Escalates overdue incidents on a fixed interval. Time comes from the platform clock, so moving
 * that clock ({@code chrysalis:clock --advance}) makes the next run see the deadlines as passed.
 */
public class EscalationScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationScheduler.class);

    private final IncidentService incidents;
    private final GridSettings settings;
    private ScheduledExecutorService executor;

    public EscalationScheduler(IncidentService incidents, GridSettings settings) {
        this.incidents = incidents;
        this.settings = settings;
    }

    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "grid-escalation");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.get().escalationIntervalSeconds();
        executor.scheduleWithFixedDelay(this::runOnce, interval, interval, TimeUnit.SECONDS);
    }

    /** One scan; failures are logged and the next run tries again. */
    public int runOnce() {
        try {
            int escalated = incidents.escalateOverdue();
            if (escalated > 0) {
                LOG.info("Escalated {} overdue incidents", escalated);
            }
            return escalated;
        } catch (RuntimeException e) {
            LOG.warn("Escalation scan failed", e);
            return 0;
        }
    }

    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
