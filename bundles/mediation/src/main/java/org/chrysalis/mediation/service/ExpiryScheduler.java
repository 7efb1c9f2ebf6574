package org.chrysalis.mediation.service;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the platform clock, at a fixed interval: warns about deadlines that are near and marks
 * cases past their deadline as expired.
 */
public class ExpiryScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiryScheduler.class);

    private final CaseService cases;
    private final MediationSettings settings;
    private ScheduledExecutorService executor;

    public ExpiryScheduler(CaseService cases, MediationSettings settings) {
        this.cases = cases;
        this.settings = settings;
    }

    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "mediation-expiry");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.expiryIntervalSeconds();
        executor.scheduleWithFixedDelay(this::runOnce, interval, interval, TimeUnit.SECONDS);
    }

    public int runOnce() {
        try {
            int warned = cases.warnDueSoon();
            if (warned > 0) {
                LOG.info("{} mediation cases warned of their deadline", warned);
            }
            int expired = cases.expireOverdue();
            if (expired > 0) {
                LOG.info("{} mediation cases expired", expired);
            }
            return expired;
        } catch (RuntimeException e) {
            LOG.warn("Expiry scan failed", e);
            return 0;
        }
    }

    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
