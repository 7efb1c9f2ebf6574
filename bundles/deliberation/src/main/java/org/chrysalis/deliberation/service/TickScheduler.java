package org.chrysalis.deliberation.service;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the platform clock, at a fixed interval: expires topics whose co-signing window passed and
 * closes votes whose window passed.
 */
public class TickScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(TickScheduler.class);

    private final TopicService topics;
    private final DeliberationSettings settings;
    private ScheduledExecutorService executor;

    public TickScheduler(TopicService topics, DeliberationSettings settings) {
        this.topics = topics;
        this.settings = settings;
    }

    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "deliberation-tick");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.tickIntervalSeconds();
        executor.scheduleWithFixedDelay(this::runOnce, interval, interval, TimeUnit.SECONDS);
    }

    /** @return expired topics and closed votes */
    public int[] runOnce() {
        try {
            int expired = topics.expireCollecting();
            int closed = topics.closeDueVotes();
            if (expired + closed > 0) {
                LOG.info("Deliberation: {} topics expired, {} votes closed", expired, closed);
            }
            return new int[] {expired, closed};
        } catch (RuntimeException e) {
            LOG.warn("Deliberation tick failed", e);
            return new int[] {0, 0};
        }
    }

    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
