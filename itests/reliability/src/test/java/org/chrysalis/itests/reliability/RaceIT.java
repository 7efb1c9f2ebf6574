package org.chrysalis.itests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;

import org.chrysalis.testkit.ApiClient.Response;
import org.chrysalis.testkit.KarafDistribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two people acting on the same case at the same instant: exactly one wins, the other gets 409 with
 * a problem body, and the history shows one transition. Each race is run several times, both
 * requests released together by a barrier.
 */
class RaceIT {

    private static final int ROUNDS = 10;
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
    void anIncidentAcceptedByTwoDispatchersAtOnceMovesOnce() {
        String incidents = "/api/v1/grid/incidents";
        for (int round = 0; round < ROUNDS; round++) {
            Response reported = karaf.as("grid-worker").post(incidents, "{\"category\":\"road-damage\",\"description\":"
                    + "\"井盖缺失\",\"latitude\":36.45,\"longitude\":103.63}");
            assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
            String actions = incidents + "/" + reported.json().path("incident").path("id").asLong() + "/actions";
            List<Response> answers = race(
                    () -> karaf.as("dispatcher").post(actions, "{\"action\":\"ACCEPT\"}"),
                    () -> karaf.as("admin").post(actions, "{\"action\":\"ACCEPT\"}"));
            assertOneWins(answers, "incident round " + round);
            String history = actions.replace("/actions", "/history");
            assertThat(karaf.as("admin").get(history).json().findValuesAsText("to")).hasSize(2);
        }
        System.out.printf("Races: incident ACCEPT twice, %d rounds, one winner each%n", ROUNDS);
    }

    @Test
    void aParkingSessionExitedTwiceAtOnceIsChargedOnce() {
        String sessions = "/api/v1/parking/sessions";
        for (int round = 0; round < ROUNDS; round++) {
            Response entered = karaf.as("parking-operator").post(sessions,
                    "{\"lotId\":\"LZ-P01\",\"plate\":\"甘A7" + String.format("%04d", round) + "\"}");
            assertThat(entered.status()).as(entered.toString()).isEqualTo(201);
            String exit = sessions + "/" + entered.json().path("id").asLong() + "/exit";
            List<Response> answers = race(
                    () -> karaf.as("parking-operator").post(exit, "{}"),
                    () -> karaf.as("admin").post(exit, "{}"));
            assertOneWins(answers, "session round " + round);
        }
        System.out.printf("Races: parking double exit, %d rounds, one winner each%n", ROUNDS);
    }

    @Test
    void aDisputeAcceptedTwiceAtOnceIsAssignedOnce() {
        String cases = "/api/v1/mediation/cases";
        for (int round = 0; round < ROUNDS; round++) {
            Response filed = karaf.as("admin").post(cases, "{\"consumerName\":\"张女士\",\"consumerPhone\":\"13700000000\","
                    + "\"merchantName\":\"新区家电城" + round + "\",\"category\":\"GOODS_QUALITY\",\"claimAmountFen\":129900,"
                    + "\"facts\":\"冰箱三天后无法制冷\"}");
            assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
            String actions = cases + "/" + filed.json().path("id").asLong() + "/actions";
            List<Response> answers = race(
                    () -> karaf.as("admin").post(actions, "{\"action\":\"ACCEPT\"}"),
                    () -> karaf.as("admin").post(actions, "{\"action\":\"ACCEPT\"}"));
            assertOneWins(answers, "dispute round " + round);
            String history = actions.replace("/actions", "/history");
            assertThat(karaf.as("admin").get(history).json().findValuesAsText("to")).filteredOn("ASSIGNED"::equals)
                    .hasSize(1);
        }
        System.out.printf("Races: dispute ACCEPT twice, %d rounds, one winner each%n", ROUNDS);
    }

    private static void assertOneWins(List<Response> answers, String what) {
        assertThat(answers).as(what + ": " + answers).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(answers).as(what + ": " + answers).filteredOn(r -> r.status() == 409 && r.isProblem()).hasSize(1);
    }

    /** Runs both calls released together, and returns both answers. */
    @SafeVarargs
    private static List<Response> race(Supplier<Response>... calls) {
        CyclicBarrier start = new CyclicBarrier(calls.length);
        List<CompletableFuture<Response>> futures = new ArrayList<>();
        for (Supplier<Response> call : calls) {
            futures.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return call.get();
            }));
        }
        return futures.stream().map(CompletableFuture::join).toList();
    }
}
