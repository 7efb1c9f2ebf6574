package org.chrysalis.itests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import javax.persistence.OptimisticLockException;
import javax.persistence.RollbackException;
import javax.persistence.Table;
import javax.persistence.metamodel.EntityType;

import org.chrysalis.testkit.ApiClient;
import org.chrysalis.testkit.ApiClient.Response;
import org.chrysalis.testkit.KarafDistribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two people acting on the same case at the same instant: exactly one wins, the other gets 409 with
 * a problem body, and the history shows one transition. Each race is run several times, both
 * requests released together by a barrier. Last, with the distribution stopped, every case entity of
 * every persistence unit it ships is shown to carry an optimistic-lock version that refuses a stale
 * update.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
    void aVillagerVotingTwiceAtOnceIsCountedOnce() {
        // two topics of the demo village QC-1 in their vote; its five villagers race once on each
        String topics = "/api/v1/deliberation/topics";
        ApiClient committee = karaf.as("village-committee");
        List<Long> voting = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            long id = ok(karaf.as("villager").post(topics, "{\"title\":\"同时投票" + t + "\",\"description\":\"并发\","
                    + "\"kind\":\"VILLAGE_TALK\",\"matter\":\"PUBLIC_WELFARE\",\"villageCode\":\"QC-1\"}"), 201).path("id").asLong();
            ok(karaf.as("villager").post(topics + "/" + id + "/actions", "{\"action\":\"SUBMIT\"}"), 200);
            ok(committee.post(topics + "/" + id + "/actions", "{\"action\":\"ADOPT\"}"), 200);
            ok(committee.put(topics + "/" + id + "/options", "{\"options\":[\"同意\",\"不同意\"]}"), 200);
            voting.add(id);
        }
        long meeting = ok(committee.post("/api/v1/deliberation/meetings", "{\"villageCode\":\"QC-1\",\"topicIds\":["
                + voting.get(0) + "," + voting.get(1) + "],\"scheduledAt\":\"2026-12-01T02:00:00Z\",\"place\":\"村委会\","
                + "\"participants\":[{\"name\":\"代表甲\",\"role\":\"REPRESENTATIVE\"}]}"), 201).path("id").asLong();
        ok(committee.put("/api/v1/deliberation/meetings/" + meeting + "/attendance", "{\"present\":[\"代表甲\"]}"), 200);
        ok(committee.post("/api/v1/deliberation/meetings/" + meeting + "/minutes", "{\"text\":\"付诸表决\",\"attendeeCount\":5}"), 200);
        String closes = Instant.now().plus(Duration.ofDays(1)).toString();
        int rounds = 0;
        int rulings = 0;
        for (long id : voting) {
            ok(committee.post(topics + "/" + id + "/actions", "{\"action\":\"OPEN_VOTING\",\"votingClosesAt\":\"" + closes
                    + "\"}"), 200);
            List<Long> options = new ArrayList<>();
            karaf.as("integrator").get(topics + "/" + id + "/options").json().forEach(o -> options.add(o.path("id").asLong()));
            String tally = topics + "/" + id + "/tally";
            long eligible = karaf.as("integrator").get(tally).json().path("eligible").asLong();
            List<String> voters = List.of("villager", "villager2", "villager3", "villager4", "villager5");
            assertThat(eligible).as("villagers of QC-1").isEqualTo(voters.size());
            for (int v = 0; v < voters.size(); v++, rounds++) {
                String ballots = topics + "/" + id + "/ballots";
                ApiClient voter = karaf.as(voters.get(v));
                List<Response> answers = race(
                        () -> voter.post(ballots, "{\"optionId\":" + options.get(0) + "}"),
                        () -> voter.post(ballots, "{\"optionId\":" + options.get(1) + "}"));
                assertOneWins(answers, 201, "double vote " + voters.get(v) + " on topic " + id);
                assertThat(karaf.as("integrator").get(tally).json().path("votesCast").asLong())
                        .as("turnout after " + (v + 1) + " voters").isEqualTo(v + 1);
            }
            // everybody voted: the committee closes, and the counts add up to one ballot per villager
            ok(committee.post(topics + "/" + id + "/actions", "{\"action\":\"CLOSE_VOTING\"}"), 200);
            JsonNode closed = karaf.as("integrator").get(tally).json();
            assertThat(closed.path("votesCast").asLong()).isEqualTo(voters.size());
            long counted = 0;
            for (JsonNode option : closed.path("options")) {
                counted += option.path("votes").asLong();
            }
            assertThat(counted).as("votes counted on topic " + id).isEqualTo(voters.size());
            long audited = karaf.as("admin").get("/api/v1/platform/audit?capability=deliberation&entity=ballot&entityId=" + id
                    + "&limit=1").json().path("total").asLong();
            assertThat(audited).as("ballots audited on topic " + id).isEqualTo(voters.size());
            rulings += objectionRuledTwiceAtOnce(id);
        }
        System.out.printf("Races: the same villager voting twice at once, %d rounds, one ballot counted each%n", rounds);
        System.out.printf("Races: an objection upheld and overruled at once, %d rounds, one ruling each%n", rulings);
    }

    /** The decision is published, a villager objects, and the committee upholds and overrules it at once. */
    private static int objectionRuledTwiceAtOnce(long topic) {
        String path = "/api/v1/deliberation/topics/" + topic;
        ApiClient committee = karaf.as("village-committee");
        assertThat(ok(committee.post(path + "/actions", "{\"action\":\"PUBLISH\"}"), 200).path("status").asText())
                .isEqualTo("IN_NOTICE");
        long objection = ok(karaf.as("villager2").post(path + "/objections", "{\"reason\":\"程序有疑问\"}"), 201)
                .path("id").asLong();
        String ruling = path + "/objections/" + objection + "/ruling";
        List<Response> answers = race(
                () -> committee.post(ruling, "{\"upheld\":true,\"reason\":\"异议成立\"}"),
                () -> karaf.as("admin").post(ruling, "{\"upheld\":false,\"reason\":\"异议不成立\"}"));
        assertOneWins(answers, "ruling on objection " + objection);
        JsonNode ruled = karaf.as("integrator").get(path + "/objections").json().get(0);
        String expected = answers.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().json().path("status").asText();
        assertThat(ruled.path("status").asText()).isEqualTo(expected);
        List<String> details = karaf.as("admin").get(path + "/history").json().findValuesAsText("detail");
        assertThat(details).filteredOn(d -> d.startsWith("objection " + objection + " ")).as("history of the ruling")
                .hasSize(2); // lodged, then upheld or overruled: one ruling
        return 1;
    }

    private static JsonNode ok(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.json();
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
        // each loser's 409 left a transaction; the log names none of them (etc/org.ops4j.pax.logging.cfg)
        assertThat(karaf.logLines("Beginning rollback logic")).as("Aries JPA's per-exception warnings").isEmpty();
        System.out.printf("Races: incident ACCEPT twice, %d rounds, one winner each%n", ROUNDS);
    }

    @Test
    void aParkingSessionExitedTwiceAtOnceIsChargedOnce() {
        String sessions = "/api/v1/parking/sessions";
        Map<String, Integer> losers = new TreeMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            Response entered = karaf.as("parking-operator").post(sessions,
                    "{\"lotId\":\"LZ-P01\",\"plate\":\"甘A7" + String.format("%04d", round) + "\"}");
            assertThat(entered.status()).as(entered.toString()).isEqualTo(201);
            String exit = sessions + "/" + entered.json().path("id").asLong() + "/exit";
            List<Response> answers = race(
                    () -> karaf.as("parking-operator").post(exit, "{}"),
                    () -> karaf.as("admin").post(exit, "{}"));
            assertOneWins(answers, "session round " + round);
            answers.stream().filter(r -> r.status() == 409).forEach(r -> losers.merge(r.json().path("type").asText()
                    .replaceAll(".*:", ""), 1, Integer::sum));
        }
        // the loser read the session before the winner committed (its update is refused by the
        // version: concurrent-update) or after (it sees the exit: conflict)
        assertThat(losers.keySet()).isSubsetOf("concurrent-update", "conflict");
        System.out.printf("Races: parking double exit, %d rounds, one winner each; losers %s%n", ROUNDS, losers);
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

    /**
     * Every case entity carries an optimistic-lock version. Derived, not listed: the persistence units
     * of every bundle the distribution ships, and of each entity its table in the database; a table
     * with a lifecycle state (a column {@code STATUS} or {@code …_STATUS}; a history row's
     * {@code FROM_STATUS}/{@code TO_STATUS} is not one) is a case. Each case entity must have a
     * {@code @Version} attribute, and two sessions updating the same row from the same version must
     * end in one commit and an {@link OptimisticLockException} for the other, which the REST layer
     * answers 409 {@code concurrent-update}. Runs last: it stops the distribution, since embedded
     * Derby admits one JVM at a time.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void everyCaseEntityCarriesAnOptimisticLockVersionThatRefusesAStaleUpdate() throws SQLException {
        karaf.stop();
        System.setProperty("derby.stream.error.file", karaf.home().resolve("data/log/derby-test.log").toString());
        String url = "jdbc:derby:" + karaf.home().resolve("data/derby/chrysalis");
        PersistenceUnits units = PersistenceUnits.of(karaf.home());
        Map<String, String> cases = new TreeMap<>();
        int entities = 0;
        try (Connection jdbc = DriverManager.getConnection(url)) {
            DatabaseMetaData schema = jdbc.getMetaData();
            for (PersistenceUnits.Unit unit : units.units()) {
                EntityManagerFactory factory = units.open(unit, url);
                try {
                    for (EntityType<?> type : factory.getMetamodel().getEntities()) {
                        entities++;
                        String table = table(type);
                        if (!hasLifecycle(schema, table)) {
                            continue;
                        }
                        String name = unit.name() + " " + type.getName() + " (" + table + ")";
                        cases.put(name, type.hasVersionAttribute() ? staleUpdate(factory, type) : "no @Version");
                    }
                } finally {
                    factory.close();
                }
            }
        } finally {
            shutdownDerby(url);
        }
        System.out.printf("Optimistic locks: %d persistence units, %d entities, %d case entities:%n%s%n", units.units().size(),
                entities, cases.size(), cases.entrySet().stream().map(e -> "  " + e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining("\n")));
        assertThat(units.units()).extracting(PersistenceUnits.Unit::name)
                .contains("chrysalis-grid", "chrysalis-mediation", "chrysalis-deliberation", "chrysalis-campaigns",
                        "chrysalis-parking");
        assertThat(cases.keySet()).anyMatch(c -> c.contains("GRD_INCIDENT")).anyMatch(c -> c.contains("MED_CASE"))
                .anyMatch(c -> c.contains("DLB_TOPIC")).anyMatch(c -> c.contains("CMP_TASK"))
                .anyMatch(c -> c.contains("PRK_SESSION"));
        assertThat(cases).allSatisfy((entity, outcome) -> assertThat(outcome).as(entity).isEqualTo(REFUSED));
    }

    private static final String REFUSED = "stale update refused";

    private static String table(EntityType<?> type) {
        Table table = type.getJavaType().getAnnotation(Table.class);
        return (table != null && !table.name().isEmpty() ? table.name() : type.getName()).toUpperCase(Locale.ROOT);
    }

    private static boolean hasLifecycle(DatabaseMetaData schema, String table) throws SQLException {
        try (ResultSet columns = schema.getColumns(null, null, table, null)) {
            while (columns.next()) {
                String column = columns.getString("COLUMN_NAME").toUpperCase(Locale.ROOT);
                boolean state = column.equals("STATUS") || column.endsWith("_STATUS");
                if (state && !column.startsWith("FROM_") && !column.startsWith("TO_")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Two sessions read the same row, both force a version increment; the second must be refused. */
    private static String staleUpdate(EntityManagerFactory factory, EntityType<?> type) {
        EntityManager first = factory.createEntityManager();
        EntityManager second = factory.createEntityManager();
        try {
            List<?> rows = first.createQuery("select e from " + type.getName() + " e", type.getJavaType())
                    .setMaxResults(1).getResultList();
            if (rows.isEmpty()) {
                return "no row to try";
            }
            Object id = factory.getPersistenceUnitUtil().getIdentifier(rows.get(0));
            first.getTransaction().begin();
            second.getTransaction().begin();
            Object mine = first.find(type.getJavaType(), id);
            Object theirs = second.find(type.getJavaType(), id);
            first.lock(mine, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            first.getTransaction().commit();
            second.lock(theirs, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            try {
                second.getTransaction().commit();
                return "stale update committed";
            } catch (RollbackException e) {
                return e.getCause() instanceof OptimisticLockException ? REFUSED : e.toString();
            }
        } finally {
            for (EntityManager em : List.of(first, second)) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }
    }

    private static void shutdownDerby(String url) {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as SQLState 08006
        }
    }

    private static void assertOneWins(List<Response> answers, String what) {
        assertOneWins(answers, 200, what);
    }

    private static void assertOneWins(List<Response> answers, int success, String what) {
        assertThat(answers).as(what + ": " + answers).filteredOn(r -> r.status() == success).hasSize(1);
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
