package org.chrysalis.parking.service;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** On the platform clock, at a fixed interval: flags sessions open for longer than configured. */
public class FlagScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(FlagScheduler.class);

    private final SessionService sessions;
    private final ParkingSettings settings;
    private ScheduledExecutorService executor;

    public FlagScheduler(SessionService sessions, ParkingSettings settings) {
        this.sessions = sessions;
        this.settings = settings;
    }

    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "parking-flags");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.flagIntervalSeconds();
        executor.scheduleWithFixedDelay(this::runOnce, interval, interval, TimeUnit.SECONDS);
    }

    public int runOnce() {
        try {
            int flagged = sessions.flagLongStays();
            if (flagged > 0) {
                LOG.info("{} parking sessions without exit flagged", flagged);
            }
            return flagged;
        } catch (RuntimeException e) {
            LOG.warn("Long-stay scan failed", e);
            return 0;
        }
    }

    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
