package org.chrysalis.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.chrysalis.testkit.ApiClient;
import org.chrysalis.testkit.KarafDistribution;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Parking's sensor ingestion: sustained batches of 1,000 observations into the running
 * distribution (embedded Derby) from {@code benchmark.parking.threads} clients (default 4) for
 * {@code benchmark.seconds} (default 30), then a check that every lot's counts equal its spots,
 * then the public availability query's latency. Prints its figures; does not write REPORT.md.
 * Run: {@code mvn -B verify -pl benchmarks -Pbenchmark -Dit.test=ParkingBenchmark}.
 */
class ParkingBenchmark {

    private static final String API = "/api/v1/parking";

    @Test
    void ingestionAndAvailability() {
        int threads = Integer.getInteger("benchmark.parking.threads", 4);
        int batchSize = Integer.getInteger("benchmark.parking.batch", 1000);
        Duration each = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 30));
        List<String> lines = new ArrayList<>();
        try (KarafDistribution karaf = KarafDistribution.boot()) {
            ApiClient operator = karaf.as("parking-operator");
            List<String> spots = new ArrayList<>();
            for (int offset = 0; ; offset += 200) {
                JsonNode page = operator.get(API + "/spots?limit=200&offset=" + offset).json();
                page.path("items").forEach(s -> spots.add(s.path("id").asText()));
                if (spots.size() >= page.path("total").asLong()) {
                    break;
                }
            }
            // warm-up: JIT, statement caches, the spot directory
            post(operator, spots, new SplittableRandom(1), new AtomicLong(), "warm", 20, batchSize);

            AtomicLong clock = new AtomicLong();
            AtomicLong received = new AtomicLong();
            AtomicLong applied = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            AtomicLong batches = new AtomicLong();
            List<Long> batchMillis = java.util.Collections.synchronizedList(new ArrayList<>());
            Instant start = Instant.now();
            Instant end = start.plus(each);
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int index = t;
                Thread worker = new Thread(() -> {
                    SplittableRandom random = new SplittableRandom(100 + index);
                    int n = 0;
                    while (Instant.now().isBefore(end)) {
                        long t0 = System.nanoTime();
                        ApiClient.Response r = operator.post(API + "/observations/batch",
                                body(spots, random, clock, "t" + index + "-" + n++, batchSize));
                        batchMillis.add((System.nanoTime() - t0) / 1_000_000);
                        if (r.status() != 200) {
                            failed.incrementAndGet();
                            continue;
                        }
                        JsonNode json = r.json();
                        received.addAndGet(json.path("received").asLong());
                        applied.addAndGet(json.path("applied").asLong());
                        batches.incrementAndGet();
                    }
                });
                workers.add(worker);
                worker.start();
            }
            for (Thread worker : workers) {
                try {
                    worker.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
            List<Long> sorted = new ArrayList<>(batchMillis);
            java.util.Collections.sort(sorted);

            lines.add("Parking ingestion: " + threads + " clients, batches of " + batchSize + ", " + each.toSeconds()
                    + " s, " + Runtime.getRuntime().availableProcessors() + " cores, embedded Derby");
            lines.add(String.format("  %d batches (%d failed), %d observations received, %d applied (rest: stale)",
                    batches.get(), failed.get(), received.get(), applied.get()));
            lines.add(String.format("  %.0f observations/s received, %.0f applied/s; batch latency p50 %d ms, p99 %d ms",
                    received.get() / seconds, applied.get() / seconds, percentile(sorted, 0.5), percentile(sorted, 0.99)));

            // exact consistency: each lot's counts against a count of its spots
            int lots = 0;
            int inconsistent = 0;
            for (JsonNode lot : operator.get(API + "/lots").json()) {
                lots++;
                String id = lot.path("id").asText();
                long free = operator.get(API + "/spots?lot=" + id + "&status=free&limit=1").json().path("total").asLong();
                long occupied = operator.get(API + "/spots?lot=" + id + "&status=occupied&limit=1").json().path("total").asLong();
                if (free != lot.path("availableSpotNumber").asLong() || occupied != lot.path("occupiedSpotNumber").asLong()) {
                    inconsistent++;
                    lines.add("  INCONSISTENT " + id + ": lot " + lot.path("availableSpotNumber") + "/"
                            + lot.path("occupiedSpotNumber") + ", spots " + free + "/" + occupied);
                }
            }
            String shell = karaf.shell("parking:occupancy");
            lines.add("  lot counts after the run: " + (lots - inconsistent) + " of " + lots + " lots exactly consistent; shell: "
                    + (shell.contains("counts consistent with spots") ? "consistent" : "INCONSISTENT"));

            Latencies.Result near = Latencies.measure("availability near a point (public)", 8, Duration.ofSeconds(10),
                    n -> karaf.api().get(API + "/availability?lat=" + (36.41 + 0.1 * java.util.concurrent.ThreadLocalRandom.current()
                            .nextDouble()) + "&lon=" + (103.60 + 0.08 * java.util.concurrent.ThreadLocalRandom.current()
                            .nextDouble()) + "&radius=2000"));
            lines.add(String.format("Availability query (8 connections, 10 s): %d requests, %d failed, %.0f/s, p50 %.2f ms,"
                    + " p99 %.2f ms", near.requests(), near.failed(), near.perSecond(), near.p50Millis(), near.p99Millis()));
        }
        lines.forEach(System.out::println);
    }

    private static void post(ApiClient operator, List<String> spots, SplittableRandom random, AtomicLong clock, String prefix,
                             int count, int batchSize) {
        for (int i = 0; i < count; i++) {
            operator.post(API + "/observations/batch", body(spots, random, clock, prefix + i, batchSize));
        }
    }

    /** Observations of random spots; observed-at times increase across all clients, a few arrive late. */
    private static String body(List<String> spots, SplittableRandom random, AtomicLong clock, String batchId, int size) {
        Instant base = Instant.now().minusSeconds(3600);
        StringBuilder body = new StringBuilder(size * 130).append("{\"observations\":[");
        for (int i = 0; i < size; i++) {
            long tick = clock.incrementAndGet();
            long late = random.nextInt(20) == 0 ? 5_000_000 : 0;
            body.append(i > 0 ? "," : "").append("{\"eventId\":\"").append(batchId).append('-').append(i)
                    .append("\",\"spotId\":\"").append(spots.get(random.nextInt(spots.size())))
                    .append("\",\"status\":\"").append(random.nextInt(10) < 6 ? "occupied" : "free")
                    .append("\",\"observedAt\":\"").append(base.plusNanos((tick - late) * 1000)).append("\"}");
        }
        return body.append("]}").toString();
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
