package org.chrysalis.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.chrysalis.testkit.ApiClient;
import org.chrysalis.testkit.KarafDistribution;
import org.junit.jupiter.api.Test;

/**
 * Grid management under load with a large incident table: report throughput, GET by id and the
 * dispatcher's list (by grid and status) at a fixed concurrency. Sizes come from system
 * properties {@code benchmark.incidents} (default 1,000,000), {@code benchmark.threads} (8) and
 * {@code benchmark.seconds} (20 per measurement).
 */
class GridBenchmark {

    private static final String[] OPEN_STATUSES = {"REPORTED", "ACCEPTED", "DISPATCHED", "IN_PROGRESS"};

    @Test
    void gridUnderLoad() throws IOException {
        int incidents = Integer.getInteger("benchmark.incidents", 1_000_000);
        int threads = Integer.getInteger("benchmark.threads", 8);
        Duration each = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 20));
        List<String> lines = new ArrayList<>();
        try (KarafDistribution karaf = KarafDistribution.boot()) {
            String boot = String.format("%.1f s", karaf.lastBoot().toMillis() / 1000.0);
            String[] output = karaf.shell("grid:generate --count " + incidents).trim().split("\n");
            String generated = output[output.length - 1];
            ApiClient dispatcher = karaf.as("dispatcher");
            long stored = dispatcher.get("/api/v1/grid/incidents?limit=1").json().path("total").asLong();
            List<String> grids = dispatcher.get("/api/v1/grid/grids?limit=200").json().path("items").findValuesAsText("code");
            SplittableRandom random = new SplittableRandom(7);

            List<Latencies.Result> results = new ArrayList<>();
            ApiClient worker = karaf.as("grid-worker");
            results.add(Latencies.measure("report (POST incident)", threads, each, n -> worker.post(
                    "/api/v1/grid/incidents", "{\"category\":\"garbage\",\"description\":\"benchmark " + n
                            + "\",\"latitude\":36.45,\"longitude\":103.63}")));
            results.add(Latencies.measure("GET incident by id", threads, each,
                    n -> dispatcher.get("/api/v1/grid/incidents/" + (1 + Math.floorMod(n * 7919L, stored)))));
            results.add(Latencies.measure("list by grid and status (20 per page)", threads, each, n -> dispatcher.get(
                    "/api/v1/grid/incidents?grid=" + grids.get(Math.floorMod(n, grids.size())) + "&status="
                            + OPEN_STATUSES[Math.floorMod(n / grids.size(), OPEN_STATUSES.length)] + "&limit=20")));
            results.add(Latencies.measure("platform health (reference)", threads, each,
                    n -> karaf.api().get("/api/v1/platform/health")));

            lines.add("# Chrysalis benchmark report");
            lines.add("");
            lines.add("Date: " + Instant.now().atOffset(ZoneOffset.UTC).toLocalDate() + ". Machine: "
                    + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + ", Java "
                    + System.getProperty("java.version") + ". The load generator runs on the same machine.");
            lines.add("");
            lines.add("Command: `mvn -B install -DskipTests && mvn -B verify -pl benchmarks -Pbenchmark`"
                    + " (`-Dbenchmark.incidents`, `-Dbenchmark.threads`, `-Dbenchmark.seconds` change the sizes)");
            lines.add("");
            lines.add("Distribution boot (process start to every capability UP): " + boot + ".");
            lines.add("Incident table: " + stored + " rows after `" + "grid:generate --count " + incidents + "` (" + generated + ").");
            lines.add("");
            lines.add("| measurement (" + threads + " connections, " + each.toSeconds() + " s each) | requests | failed | per second | p50 ms | p99 ms |");
            lines.add("|---|---:|---:|---:|---:|---:|");
            for (Latencies.Result r : results) {
                lines.add(String.format("| %s | %d | %d | %.0f | %.2f | %.2f |", r.name(), r.requests(), r.failed(),
                        r.perSecond(), r.p50Millis(), r.p99Millis()));
            }
        }
        lines.forEach(System.out::println);
        Files.write(Path.of(System.getProperty("benchmark.report", "REPORT.md")), lines);
    }
}
