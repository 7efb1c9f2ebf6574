package org.chrysalis.itests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

import org.chrysalis.testkit.KarafDistribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Crash safety: under a sustained write load (grid incidents reported and accepted, disputes filed
 * and accepted, secret ballots, parking observations; one client thread each), the Karaf JVM is
 * killed with SIGKILL at a random moment, five times. After each restart every acknowledged write
 * must be there and consistent, and nothing that was never acknowledged may be visible half
 * written. Each workload says what it checks.
 */
class CrashIT {

    private static final int CYCLES = 5;
    private static KarafDistribution karaf;

    @BeforeAll
    static void boot() {
        karaf = KarafDistribution.boot();
    }

    @AfterAll
    static void shutdown() {
        karaf.close();
    }

    @Test
    void everyAcknowledgedWriteSurvivesFiveSigkills() throws InterruptedException {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        CaseWrites incidents = new CaseWrites("grid incidents", karaf, "/api/v1/grid/incidents",
                "capability=grid&entity=incident", "grid-worker",
                "{\"category\":\"road-damage\",\"description\":\"崩溃测试 #\",\"latitude\":36.45,\"longitude\":103.63}",
                "dispatcher", "{\"action\":\"ACCEPT\"}", json -> json.path("incident"));
        CaseWrites disputes = new CaseWrites("mediation cases", karaf, "/api/v1/mediation/cases",
                "capability=mediation&entity=case", "admin",
                "{\"consumerName\":\"李先生\",\"consumerPhone\":\"13800000000\",\"merchantName\":\"崩溃测试商户#\","
                        + "\"category\":\"GOODS_QUALITY\",\"claimAmountFen\":5000,\"facts\":\"退货被拒\"}",
                "admin", "{\"action\":\"ACCEPT\"}", json -> json);
        BallotWrites ballots = new BallotWrites(karaf, random);
        ParkingWrites parking = new ParkingWrites(karaf, "LZ-P12", random);
        List<CrashWorkload> workloads = List.of(incidents, disputes, ballots, parking);
        workloads.forEach(CrashWorkload::prepare);
        System.out.printf("Crash safety: %d SIGKILL cycles, seed %d%n", CYCLES, seed);

        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> clients = new ArrayList<>();
            for (CrashWorkload w : workloads) {
                Thread client = new Thread(() -> {
                    try {
                        while (running.get()) {
                            w.writeOne();
                        }
                    } catch (UncheckedIOException serverGone) {
                        // the JVM was killed; the workload noted what was in flight
                    }
                }, "crash-" + w.kind);
                clients.add(client);
                client.start();
            }
            long loadMillis = 2_000 + random.nextInt(4_000);
            Thread.sleep(loadMillis);
            long jvm = karaf.jvmPid();
            String command = ProcessHandle.of(jvm).flatMap(h -> h.info().command()).orElse("?");
            assertThat(command).as("the process killed is the Karaf JVM").endsWith("java");
            karaf.kill();
            running.set(false);
            for (Thread client : clients) {
                client.join(70_000);
            }
            long inFlight = workloads.stream().mapToLong(w -> w.inFlight.size()).sum();
            karaf.start();
            workloads.forEach(CrashWorkload::afterRestart);
            System.out.printf("  cycle %d: JVM %d killed after %d ms of load, %d writes in flight, restarted in %.1f s;"
                    + " lost so far %d%n", cycle, jvm, loadMillis, inFlight, karaf.lastBoot().toMillis() / 1000.0,
                    workloads.stream().mapToLong(w -> w.lost).sum());
        }
        ballots.finish();

        for (CrashWorkload w : workloads) {
            System.out.printf("  %-22s acknowledged %5d, in flight at kill %2d, checked %6d, lost %d%n", w.kind,
                    w.acknowledged, w.inFlightAtKill, w.checked, w.lost);
        }
        System.out.printf("  (%d incidents, %d disputes, %d parking observations, %d of %d ballot topics closed and counted)%n",
                incidents.cases(), disputes.cases(), parking.observations(), ballots.topicsClosed(), ballots.topics());
        List<String> problems = workloads.stream().flatMap(w -> w.problems.stream()).toList();
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
        assertThat(workloads).allSatisfy(w -> {
            assertThat(w.lost).as(w.kind + " lost").isZero();
            assertThat(w.acknowledged).as(w.kind + " acknowledged").isPositive();
        });
        assertThat(ballots.topicsClosed()).isEqualTo(ballots.topics());
    }
}
