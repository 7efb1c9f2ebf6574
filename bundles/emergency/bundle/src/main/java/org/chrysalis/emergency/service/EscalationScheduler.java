package org.chrysalis.emergency.service;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Escalates alarms whose tier window ended without a dispatch, on the platform clock: the due ids
 * are read outside a transaction, then each alarm is escalated in a short transaction of its own.
 */
public class EscalationScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationScheduler.class);

    private final AlarmService alarms;
    private final EmergencySettings settings;
    private ScheduledExecutorService executor;

    public EscalationScheduler(AlarmService alarms, EmergencySettings settings) {
        this.alarms = alarms;
        this.settings = settings;
    }

    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "emergency-escalation");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.intervalSeconds();
        executor.scheduleWithFixedDelay(this::runOnce, interval, interval, TimeUnit.SECONDS);
    }

    public int runOnce() {
        int escalated = 0;
        try {
            for (String id : alarms.dueForEscalation()) {
                if (alarms.escalateIfDue(id)) {
                    escalated++;
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Escalation scan failed", e);
        }
        if (escalated > 0) {
            LOG.info("{} emergency alarms escalated or flagged overdue", escalated);
        }
        return escalated;
    }

    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
