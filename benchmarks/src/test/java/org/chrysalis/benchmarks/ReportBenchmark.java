package org.chrysalis.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.HdrHistogram.Histogram;
import org.chrysalis.testkit.ApiClient;
import org.chrysalis.testkit.KarafDistribution;
import org.chrysalis.testkit.LoadLoop;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The performance report (issue 9): boot against a bare Karaf + CXF, hot deployment under load,
 * throughput and latency at a fixed concurrency, latency with a large incident table, memory; then
 * a JFR profile of the slowest path. Writes REPORT.md and latency.png. {@code -Dbenchmark.quick=true}
 * runs every step briefly (a smoke check); the other {@code benchmark.*} properties change sizes.
 */
class ReportBenchmark {

    private static final boolean QUICK = Boolean.getBoolean("benchmark.quick");
    private static final int RUNS = Integer.getInteger("benchmark.runs", QUICK ? 1 : 3);
    private static final int CYCLES = Integer.getInteger("benchmark.cycles", QUICK ? 2 : 20);
    private static final int WARM_UP_CYCLES = QUICK ? 1 : 3;
    private static final int CONCURRENCY = Integer.getInteger("benchmark.concurrency", 16);
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.warmup", QUICK ? 1 : 3));
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", QUICK ? 3 : 10));
    private static final int INCIDENTS = Integer.getInteger("benchmark.incidents", QUICK ? 20_000 : 1_000_000);

    private static final String INCIDENTS_API = "/api/v1/grid/incidents";
    private static final String[] OPEN_STATUSES = {"REPORTED", "ACCEPTED", "DISPATCHED", "IN_PROGRESS"};

    /** A capability, its feature and a GET that answers 200 while it is installed and 404 when not. */
    private record Capability(String id, String path) {
        String feature() {
            return "chrysalis-" + id;
        }
    }

    private static final List<Capability> CAPABILITIES = List.of(
            new Capability("grid", INCIDENTS_API + "?limit=1"),
            new Capability("mediation", "/api/v1/mediation/cases?limit=1"),
            new Capability("deliberation", "/api/v1/deliberation/topics?limit=1"),
            new Capability("campaigns", "/api/v1/campaigns/campaigns?limit=1"),
            new Capability("parking", "/api/v1/parking/lots"));

    private final Report report = new Report();
    private final Path work = Path.of(System.getProperty(KarafDistribution.WORK_PROPERTY, "target/instances"));
    private final Map<String, Histogram> distributions = new LinkedHashMap<>();
    private final Map<String, IntFunction<ApiClient.Response>> throughputCalls = new LinkedHashMap<>();

    @Test
    void report() throws IOException {
        Instant began = Instant.now();
        String loadBefore = Machine.loadAverage();
        KarafDistribution karaf = boot();
        try {
            memory(karaf, "after boot");
            karaf.deploy(Path.of(System.getProperty("benchmark.probe")));
            karaf.awaitStatus(karaf.api(), "/bench/hello", 200, Duration.ofSeconds(60));
            // profiled right after it was measured, on the same table (before the scale step fills it)
            profile(karaf, throughput(karaf));
            hotDeployment(karaf);
            scale(karaf);
            memory(karaf, "after the load");
        } finally {
            karaf.close();
        }
        // what was changed because of earlier figures, kept by hand next to the harness
        Path notes = Path.of(System.getProperty("benchmark.notes", "src/test/resources/profiling-notes.md"));
        if (Files.exists(notes)) {
            report.section(Files.readString(notes));
        }
        LatencyChart.write("Chrysalis latency at " + CONCURRENCY + " connections (all runs)", distributions,
                Path.of(System.getProperty("benchmark.chart", "latency.png")));
        report.write(Path.of(System.getProperty("benchmark.report", "REPORT.md")), header(began, loadBefore));
    }

    // 1. boot: process start to every capability's health answering, against Karaf + CXF + hello world

    private KarafDistribution boot() {
        List<Double> chrysalis = new ArrayList<>();
        List<Double> reference = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        KarafDistribution kept = null;
        for (int run = 1; run <= RUNS; run++) {
            KarafDistribution bare = started(KarafDistribution.unpack(Path.of(System.getProperty("benchmark.reference")), work),
                    "/bench/hello");
            double referenceSeconds = bare.lastBoot().toMillis() / 1000.0;
            bare.close();
            delete(bare.home());
            KarafDistribution platform = started(KarafDistribution.unpack(work), null);
            double seconds = platform.lastBoot().toMillis() / 1000.0;
            if (run < RUNS) {
                platform.close();
                delete(platform.home());
            } else {
                kept = platform;
            }
            chrysalis.add(seconds);
            reference.add(referenceSeconds);
            ratios.add(seconds / referenceSeconds);
            System.out.printf("boot run %d: Chrysalis %.1f s, reference %.1f s%n", run, seconds, referenceSeconds);
        }
        report.figure("boot", "Chrysalis, fresh instance: process start → platform and all 5 capabilities UP", chrysalis, "s", null, null);
        report.figure("boot", "reference (Karaf + CXF + hello world): process start → hello answers", reference, "s", null, null);
        report.figure("boot", "ratio Chrysalis ÷ reference", ratios, "", "≤ 2.0", Report.median(ratios) <= 2.0);
        return kept;
    }

    /** Starts the instance (until {@code readyPath} answers, or the platform's health); kills it when that fails. */
    private static KarafDistribution started(KarafDistribution instance, String readyPath) {
        try {
            return readyPath == null ? instance.start() : instance.start(readyPath);
        } catch (RuntimeException e) {
            instance.kill();
            try {
                ProcessHandle.of(instance.jvmPid()).ifPresent(ProcessHandle::destroyForcibly);
            } catch (RuntimeException noPidFile) {
                e.addSuppressed(noPidFile);
            }
            throw e;
        }
    }

    // 2. hot deployment of each capability while the others are under load

    private void hotDeployment(KarafDistribution karaf) {
        ApiClient admin = karaf.as("admin");
        // unmeasured cycles first, of the capability measured last, with the others called as in the
        // measured cycles: the first operations after boot ran Karaf's resolver, and the first calls
        // the other capabilities' paths, before the JIT compiled them (grid, measured first, 2-3 s, then 0.8)
        Capability warmUp = CAPABILITIES.get(CAPABILITIES.size() - 1);
        try (LoadLoop ignored = LoadLoop.start(othersThan(warmUp, admin))) {
            for (int cycle = 0; cycle < WARM_UP_CYCLES; cycle++) {
                deployment(karaf, warmUp, "uninstall", 404);
                deployment(karaf, warmUp, "install", 200);
            }
        }
        StringBuilder table = new StringBuilder("### Hot deployment, per capability\n\n")
                .append(CYCLES).append(" cycles each, after ").append(WARM_UP_CYCLES).append(" unmeasured cycles of ")
                .append(warmUp.id()).append(" (uninstall, then install, through the platform's features resource, timed by the")
                .append(" client from the request until the capability's endpoint answers 404, then 200 again), while one")
                .append(" client per other capability keeps calling it.\n\n")
                .append("| capability | uninstall median ms | install median ms | install max ms | requests to the others | failed |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        List<Double> installMedians = new ArrayList<>();
        long requests = 0;
        long failed = 0;
        List<String> failures = new ArrayList<>();
        for (Capability capability : CAPABILITIES) {
            List<Double> uninstalls = new ArrayList<>();
            List<Double> installs = new ArrayList<>();
            LoadLoop.Result load;
            try (LoadLoop loop = LoadLoop.start(othersThan(capability, admin))) {
                for (int cycle = 0; cycle < CYCLES; cycle++) {
                    uninstalls.add(deployment(karaf, capability, "uninstall", 404));
                    installs.add(deployment(karaf, capability, "install", 200));
                }
                load = loop.stop();
            }
            installMedians.add(Report.median(installs));
            requests += load.total();
            failed += load.failed();
            failures.addAll(load.failures());
            table.append(String.format("| %s | %.0f | %.0f | %.0f | %d | %d |%n", capability.id(), Report.median(uninstalls),
                    Report.median(installs), installs.stream().mapToDouble(Double::doubleValue).max().orElse(0), load.total(),
                    load.failed()));
            report.figure("hot deployment", capability.id() + ": uninstall, request → endpoint 404 (median of " + CYCLES + ")",
                    List.of(Report.median(uninstalls) / 1000), "s", "≤ 1 s", Report.median(uninstalls) <= 1000);
            report.figure("hot deployment", capability.id() + ": install, request → endpoint 200 (median of " + CYCLES + ")",
                    List.of(Report.median(installs) / 1000), "s", "≤ 1 s", Report.median(installs) <= 1000);
            System.out.printf("hot deployment %s: uninstall %s ms, install %s ms, load %d requests, %d failed%n",
                    capability.id(), uninstalls, installs, load.total(), load.failed());
        }
        report.figure("hot deployment", "failed requests to the other capabilities meanwhile",
                String.format("%d of %,d", failed, requests), "0", failed == 0);
        if (!failures.isEmpty()) {
            table.append("\nFirst failures: ").append(failures.subList(0, Math.min(5, failures.size()))).append('\n');
        }
        report.section(table.toString());
    }

    /** A GET of each capability but {@code capability}, for a load loop. */
    @SuppressWarnings("unchecked")
    private static Supplier<ApiClient.Response>[] othersThan(Capability capability, ApiClient admin) {
        return CAPABILITIES.stream().filter(c -> c != capability)
                .map(c -> (Supplier<ApiClient.Response>) () -> admin.get(c.path())).toArray(Supplier[]::new);
    }

    /** Requests the job and times until the capability's endpoint answers {@code status}; then waits for the job. */
    private static double deployment(KarafDistribution karaf, Capability capability, String operation, int status) {
        ApiClient admin = karaf.as("admin");
        long start = System.nanoTime();
        ApiClient.Response accepted = admin.post("/api/v1/platform/features/" + capability.feature() + "/" + operation, null);
        if (accepted.status() != 202) {
            throw new IllegalStateException(operation + " " + capability.feature() + ": " + accepted);
        }
        karaf.awaitStatus(admin, capability.path(), status, Duration.ofSeconds(120));
        double millis = (System.nanoTime() - start) / 1e6;
        String job = URI.create(accepted.location()).getPath();
        for (JsonNode state = admin.get(job).json(); ; state = admin.get(job).json()) {
            String name = state.path("state").asText();
            if (name.equals("FAILED")) {
                throw new IllegalStateException(operation + " " + capability.feature() + " failed: " + state);
            }
            if (name.equals("DONE")) {
                return millis;
            }
            sleep(50);
        }
    }

    // 3. throughput and latency at a fixed concurrency; ratios within each run

    private String throughput(KarafDistribution karaf) {
        ApiClient anonymous = karaf.api();
        ApiClient dispatcher = karaf.as("dispatcher");
        ApiClient worker = karaf.as("grid-worker");
        // incidents to read: reported through the API (the demo data has none)
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ApiClient.Response reported = worker.post(INCIDENTS_API, "{\"category\":\"garbage\",\"description\":\"to read "
                    + i + "\",\"latitude\":36.45,\"longitude\":103.63}");
            if (reported.status() != 201) {
                throw new IllegalStateException("report failed: " + reported);
            }
            ids.add(reported.json().path("incident").path("id").asLong());
        }
        Map<String, IntFunction<ApiClient.Response>> calls = new LinkedHashMap<>();
        calls.put("hello world (plain CXF, same runtime)", n -> anonymous.get("/bench/hello"));
        calls.put("incident GET by id", n -> dispatcher.get(INCIDENTS_API + "/" + ids.get(Math.floorMod(n, ids.size()))));
        calls.put("incident list (first page of 20, with total)", n -> dispatcher.get(INCIDENTS_API + "?limit=20"));
        calls.put("incident report (persisted + audited)", n -> worker.post(INCIDENTS_API, reportAnywhere(n)));
        calls.put("raw JDBC insert + commit (over HTTP)", n -> anonymous.post("/bench/insert", null));

        // one unmeasured pass over every call first: measured cold, the first run caught the JIT still
        // compiling the incident paths (GET by id 1,650/s in run 1, 4,202/s in run 3 of the same boot)
        calls.forEach((name, call) -> Latencies.measure(name, CONCURRENCY, WARM_UP, QUICK ? WARM_UP : MEASURE, call));
        Map<String, List<Latencies.Result>> results = new LinkedHashMap<>();
        List<Double> readRatios = new ArrayList<>();
        List<Double> writeRatios = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            Map<String, Latencies.Result> thisRun = new LinkedHashMap<>();
            int number = run;
            calls.forEach((name, call) -> {
                Latencies.Result r = Latencies.measure(name, CONCURRENCY, WARM_UP, MEASURE, call);
                thisRun.put(name, r);
                results.computeIfAbsent(name, k -> new ArrayList<>()).add(r);
                distributions.computeIfAbsent(name, k -> new Histogram(3)).add(r.histogram());
                System.out.printf("run %d %s: %.0f/s, p50 %.2f ms, p99 %.2f ms, %d failed%n", number, name, r.perSecond(),
                        r.p50Millis(), r.p99Millis(), r.failed());
            });
            List<Latencies.Result> r = new ArrayList<>(thisRun.values());
            readRatios.add(r.get(1).perSecond() / r.get(0).perSecond());
            writeRatios.add(r.get(3).perSecond() / r.get(4).perSecond());
        }
        results.forEach((name, runs) -> {
            String section = "throughput (" + CONCURRENCY + " connections)";
            report.figure(section, name + ": requests/s", runs.stream().map(Latencies.Result::perSecond).toList(), "/s", null, null);
            report.figure(section, name + ": p50", runs.stream().map(Latencies.Result::p50Millis).toList(), "ms", null, null);
            report.figure(section, name + ": p99", runs.stream().map(Latencies.Result::p99Millis).toList(), "ms", null, null);
            long failed = runs.stream().mapToLong(Latencies.Result::failed).sum();
            if (failed > 0) {
                report.figure(section, name + ": failed requests", failed + " (first: " + runs.stream()
                        .map(Latencies.Result::firstFailure).filter(f -> f != null).findFirst().orElse("") .replace("|", "/")
                        .replace("\n", " ") + ")", "0", false);
            }
        });
        report.figure("throughput ratio", "incident GET ÷ hello world (req/s)", readRatios, "", "≥ 0.6",
                Report.median(readRatios) >= 0.6);
        report.figure("throughput ratio", "incident report ÷ raw JDBC insert (req/s)", writeRatios, "", "≥ 0.5",
                Report.median(writeRatios) >= 0.5);
        throughputCalls.putAll(calls);
        return results.entrySet().stream()
                .min(Comparator.comparingDouble(e -> Report.median(e.getValue().stream().map(Latencies.Result::perSecond).toList())))
                .map(Map.Entry::getKey).orElseThrow();
    }

    // 4. scale: the incident table filled by the bulk path, then GET and list latency

    private void scale(KarafDistribution karaf) {
        ApiClient dispatcher = karaf.as("dispatcher");
        long before = dispatcher.get(INCIDENTS_API + "?limit=1").json().path("total").asLong();
        // the generated rows get the ids between these two reports (one writer, so no gaps)
        long firstId = reportOne(karaf);
        String generated = "none needed";
        if (before < INCIDENTS) {
            String[] output = karaf.shell("grid:generate --count " + (INCIDENTS - before), Duration.ofMinutes(30)).trim().split("\n");
            generated = output[output.length - 1].trim();
            Matcher rate = Pattern.compile("in ([\\d.]+) s \\((\\d+) per second\\)").matcher(generated);
            if (rate.find()) {
                report.figure("scale", "bulk load (`grid:generate`, JDBC batches) of " + String.format("%,d", INCIDENTS - before)
                        + " incidents", List.of(Double.parseDouble(rate.group(2))), "rows/s", null, null);
            }
        }
        long stored = dispatcher.get(INCIDENTS_API + "?limit=1").json().path("total").asLong();
        List<String> grids = dispatcher.get("/api/v1/grid/grids?limit=200").json().path("items").findValuesAsText("code");
        long lastId = reportOne(karaf);
        long span = lastId - firstId + 1;
        Map<String, IntFunction<ApiClient.Response>> calls = new LinkedHashMap<>();
        calls.put("GET by id (spread over the table)", n -> dispatcher.get(INCIDENTS_API + "/" + (firstId + Math.floorMod(n * 7919L, span))));
        calls.put("list by grid and status (the dispatcher's queue, 20 per page)", n -> dispatcher.get(INCIDENTS_API + "?grid="
                + grids.get(Math.floorMod(n, grids.size())) + "&status=" + OPEN_STATUSES[Math.floorMod(n / grids.size(),
                OPEN_STATUSES.length)] + "&limit=20"));
        // one connection, as in the first report (the list then sorted the whole table on every request)
        String unfiltered = "list, first page of all incidents (20, with total; 1 connection)";
        calls.put(unfiltered, n -> dispatcher.get(INCIDENTS_API + "?limit=20"));
        Map<String, List<Latencies.Result>> results = new LinkedHashMap<>();
        for (int run = 1; run <= RUNS; run++) {
            calls.forEach((name, call) -> {
                Latencies.Result r = Latencies.measure(name, name.equals(unfiltered) ? 1 : CONCURRENCY, WARM_UP, MEASURE, call);
                results.computeIfAbsent(name, k -> new ArrayList<>()).add(r);
                distributions.computeIfAbsent(String.format("%,d incidents: ", INCIDENTS) + name, k -> new Histogram(3))
                        .add(r.histogram());
                System.out.printf("scale run %s: %.0f/s, p50 %.2f ms, p99 %.2f ms, %d failed%n", name, r.perSecond(),
                        r.p50Millis(), r.p99Millis(), r.failed());
            });
        }
        String section = String.format("scale (%,d incidents)", stored);
        results.forEach((name, runs) -> {
            report.figure(section, name + ": requests/s", runs.stream().map(Latencies.Result::perSecond).toList(), "/s", null, null);
            List<Double> p99 = runs.stream().map(Latencies.Result::p99Millis).toList();
            report.figure(section, name + ": p50", runs.stream().map(Latencies.Result::p50Millis).toList(), "ms", null, null);
            report.figure(section, name + ": p99", p99, "ms", "≤ 50 ms", Report.median(p99) <= 50);
            if (runs.stream().anyMatch(r -> r.histogram().getTotalCount() == 0)) {
                report.figure(section, name + ": requests completed", "none within a measured period", null, false);
            }
            long failed = runs.stream().mapToLong(Latencies.Result::failed).sum();
            if (failed > 0) {
                report.figure(section, name + ": failed requests", failed + " (first: " + runs.stream()
                        .map(Latencies.Result::firstFailure).filter(f -> f != null).findFirst().orElse("") .replace("|", "/")
                        .replace("\n", " ") + ")", "0", false);
            }
        });
        // the district's figures (the console's overview) read every incident: timed one call at a time
        List<Double> statsSeconds = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            ApiClient.Response stats = dispatcher.get("/api/v1/grid/stats");
            if (stats.status() != 200) {
                throw new IllegalStateException("stats failed: " + stats);
            }
            statsSeconds.add((System.nanoTime() - start) / 1e9);
        }
        report.figure(section, "district statistics over every incident (`GET /api/v1/grid/stats`, one call at a time)",
                statsSeconds, "s", null, null);
        System.out.println("scale: " + stored + " incidents; " + generated + "; statistics " + statsSeconds + " s");
    }

    private static final String[] REPORTED_CATEGORIES = {"road-damage", "garbage", "noise", "streetlight", "illegal-parking",
        "green-space"};

    /**
     * A report of one of the demo categories that stay in grid, somewhere in the demo district
     * (36.44-36.60 N, 103.62-103.82 E), as a district's reports arrive; the same {@code n}, the same
     * report. All at one point, every report found the same 200 open neighbours as its possible
     * duplicates: 42% of its time (JFR), a hot spot no district has for long.
     */
    private static String reportAnywhere(int n) {
        SplittableRandom random = new SplittableRandom(n);
        return String.format(Locale.ROOT, "{\"category\":\"%s\",\"description\":\"benchmark %d\",\"latitude\":%.6f,"
                        + "\"longitude\":%.6f}", REPORTED_CATEGORIES[random.nextInt(REPORTED_CATEGORIES.length)], n,
                36.445 + random.nextDouble() * 0.15, 103.625 + random.nextDouble() * 0.19);
    }

    /** Reports one incident and returns its id. */
    private static long reportOne(KarafDistribution karaf) {
        ApiClient.Response reported = karaf.as("grid-worker").post(INCIDENTS_API,
                "{\"category\":\"garbage\",\"description\":\"id marker\",\"latitude\":36.45,\"longitude\":103.63}");
        if (reported.status() != 201) {
            throw new IllegalStateException("report failed: " + reported);
        }
        return reported.json().path("incident").path("id").asLong();
    }

    // 5. memory of the Karaf JVM

    private void memory(KarafDistribution karaf, String when) {
        long pid = karaf.jvmPid();
        long rss = Machine.rssMb(pid);
        long heap = Machine.liveHeapMb(pid);
        report.figure("memory", "RSS " + when + " (VmRSS of the Karaf JVM)", List.of((double) rss), "MB", "≤ 400 MB", rss <= 400);
        report.figure("memory", "heap used " + when + " (after a full GC)", List.of((double) heap), "MB", null, null);
        if (when.equals("after boot")) {
            report.figure("memory", "JVM options", "`" + Machine.jvmOptions(pid) + "`", null, null);
        }
        System.out.printf("memory %s: RSS %d MB, heap %d MB%n", when, rss, heap);
    }

    // the slowest path under JFR

    private void profile(KarafDistribution karaf, String slowest) {
        // -Dbenchmark.profile=<start of a path's name> profiles that path instead
        String chosen = System.getProperty("benchmark.profile", "");
        String name = chosen.isEmpty() ? slowest : throughputCalls.keySet().stream().filter(n -> n.startsWith(chosen))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no throughput path " + chosen));
        // measured again on its own, so the recording holds that path and nothing else
        IntFunction<ApiClient.Response> call = throughputCalls.get(name);
        Path recording = karaf.home().resolve("benchmark.jfr");
        Machine.startRecording(karaf.jvmPid());
        Latencies.Result r = Latencies.measure(name, CONCURRENCY, WARM_UP, MEASURE, call);
        Machine.stopRecording(karaf.jvmPid(), recording);
        StringBuilder text = new StringBuilder(chosen.isEmpty() ? "### Profile of the slowest path\n\n" : "### Profile\n\n")
                .append(chosen.isEmpty() ? "The slowest path" : "The path").append(" of the throughput step, *").append(name).append("*, measured again for ")
                .append(MEASURE.toSeconds()).append(" s under JFR (`jcmd <pid> JFR.start settings=profile`; ")
                .append(String.format("%.0f/s, p99 %.1f ms while recording; ", r.perSecond(), r.p99Millis()))
                .append(Machine.samples(recording)).append(" execution samples, read with `jfr print --events jdk.ExecutionSample`).\n\n")
                .append("Top frames (where the CPU was, self):\n\n| samples | frame |\n|---:|---|\n");
        Machine.hotFrames(recording, true, 12).forEach((frame, n) -> text.append("| ").append(n).append(" | `").append(frame).append("` |\n"));
        text.append("\nChrysalis methods, inclusive (the method or anything it called):\n\n| samples | frame |\n|---:|---|\n");
        Machine.hotFrames(recording, false, 15).forEach((frame, n) -> text.append("| ").append(n).append(" | `").append(frame).append("` |\n"));
        report.section(text.toString());
    }

    private List<String> header(Instant began, String loadBefore) {
        return List.of("# Chrysalis performance report", "",
                "Generated by `" + System.getProperty("benchmark.command", "benchmarks/run.sh") + "` on "
                        + began.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES) + " (UTC), in "
                        + Duration.between(began, Instant.now()).toMinutes() + " min"
                        + (QUICK ? " — **quick mode: a smoke check, not figures to quote**" : "") + ".",
                "",
                "Machine: " + Machine.describe() + ". Load average (1/5/15 min) " + loadBefore + " at the start, "
                        + Machine.loadAverage() + " at the end. The load generator runs on the same machine as the server."
                        + (Double.parseDouble(loadBefore.split(" ")[0]) > Runtime.getRuntime().availableProcessors()
                                ? " **The machine was busy with other work during this run (load above its core count): the"
                                        + " absolute figures are noisy and low; compare the ratios.**" : ""),
                "",
                String.format("Each figure is the median of %d run(s) (each run's value beside it); ratios are taken within a run and"
                                + " then the median of those. Throughput: %d connections in a closed loop (HdrHistogram, JDK HttpClient),"
                                + " %d s warm-up then %d s measured per endpoint. Incident calls authenticate with HTTP Basic as the demo"
                                + " users, as integrators call it (checked against the JAAS realm; a successful login is remembered"
                                + " for 30 s); incident reports come from random places in the demo district, in six categories;"
                                + " hello world and the raw insert are plain CXF"
                                + " endpoints of the benchmark probe bundle, deployed into the same runtime, anonymous. The raw insert"
                                + " is one `INSERT` + `commit` on the platform's own DataSource (embedded Derby in the Karaf JVM),"
                                + " called over HTTP so both sides of the ratio pay the same HTTP cost.",
                        RUNS, CONCURRENCY, WARM_UP.toSeconds(), MEASURE.toSeconds())
                        + " One unmeasured pass over every endpoint comes before the first run."
                        + String.format(" Hot deployment: %d cycles per capability. Scale: %,d incidents.", CYCLES, INCIDENTS),
                "",
                "![latency distributions](latency.png)");
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
