package org.chrysalis.parking.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.parking.domain.RawObservation;
import org.chrysalis.platform.api.time.PlatformClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives realistic occupancy for demonstrations: every second, a batch of observations for random
 * spots, each spot more likely occupied in the day's busy hours (Asia/Shanghai), through the same
 * ingestion as real sensors. Started and stopped from the shell ({@code parking:simulate}).
 */
public class SensorSimulator {

    private static final Logger LOG = LoggerFactory.getLogger(SensorSimulator.class);

    private final IngestService ingest;
    private final JpaTemplate jpa;
    private final PlatformClock clock;
    private final Random random = new Random();
    private final AtomicLong sent = new AtomicLong();
    private ScheduledExecutorService executor;
    private List<String> spots = List.of();
    private int perSecond;

    public SensorSimulator(IngestService ingest, JpaTemplate jpa, PlatformClock clock) {
        this.ingest = ingest;
        this.jpa = jpa;
        this.clock = clock;
    }

    public synchronized boolean running() {
        return executor != null;
    }

    public long sent() {
        return sent.get();
    }

    /** Starts (or retunes) the simulator at this many observations per second, at most 1,000. */
    public synchronized void start(int observationsPerSecond) {
        perSecond = Math.max(1, Math.min(1000, observationsPerSecond));
        if (executor != null) {
            return;
        }
        spots = jpa.txExpr(TransactionType.Supports, em ->
                em.createQuery("select s.id from SpotEntity s order by s.id", String.class).getResultList());
        if (spots.isEmpty()) {
            throw new IllegalStateException("no spots to simulate");
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "parking-simulator");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleAtFixedRate(this::tick, 0, 1, TimeUnit.SECONDS);
        LOG.info("Parking sensor simulator started: {} observations/s over {} spots", perSecond, spots.size());
    }

    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
            LOG.info("Parking sensor simulator stopped after {} observations", sent.get());
        }
    }

    private void tick() {
        try {
            Instant now = clock.now();
            double busy = busyness(now.atZone(PlatformClock.DISPLAY_ZONE).getHour());
            List<RawObservation> batch = new ArrayList<>(perSecond);
            for (int i = 0; i < perSecond; i++) {
                String spot = spots.get(random.nextInt(spots.size()));
                String status = random.nextDouble() < busy ? "occupied" : "free";
                long n = sent.incrementAndGet();
                batch.add(new RawObservation("sim-" + now.toEpochMilli() + "-" + n, spot, status,
                        now.plusNanos(i).toString(), "simulator", String.valueOf(n)));
            }
            ingest.ingest(batch, "simulator");
        } catch (RuntimeException e) {
            LOG.warn("Simulator batch failed", e);
        }
    }

    /** The chance that a spot is occupied at an hour of the day: busy at work hours and in the evening. */
    static double busyness(int hour) {
        if (hour < 6) {
            return 0.2;
        }
        if (hour < 9) {
            return 0.5 + 0.1 * (hour - 6);
        }
        if (hour < 18) {
            return 0.85;
        }
        return hour < 21 ? 0.7 : 0.4;
    }
}
