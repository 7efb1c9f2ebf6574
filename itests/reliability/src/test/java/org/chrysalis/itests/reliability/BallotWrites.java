package org.chrysalis.itests.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.chrysalis.testkit.ApiClient;
import org.chrysalis.testkit.ApiClient.Response;
import org.chrysalis.testkit.KarafDistribution;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Secret ballots in a village of its own: villagers (JAAS users made for the test) vote on open
 * topics, topic after topic. The ballot is secret, so what can be checked is totals: after a
 * restart the turnout of each topic equals the villagers whose ballot committed (the acknowledged
 * ones and those in flight that turn out to have committed, which a second try tells: 409 means
 * it counted), an acknowledged voter cannot vote again, and once every villager of a topic has
 * voted the committee closes it and the count per option equals the choices made exactly, so
 * counters and the voter list moved together.
 */
final class BallotWrites extends CrashWorkload {

    private static final String API = "/api/v1/deliberation";
    private static final int VILLAGERS = 15;
    private static final int TOPICS = 16;

    private final Random random;
    private final String village;
    private final List<String> voters = new ArrayList<>();
    private final List<Long> topics = new ArrayList<>();
    private final Map<Long, List<Long>> options = new HashMap<>();
    private final Deque<Ballot> queue = new ArrayDeque<>();
    /** Ballots known to have counted, per topic. */
    private final Map<Long, List<Ballot>> counted = new LinkedHashMap<>();
    /** Acknowledged since the last check: their voters must be refused a second vote. */
    private final List<Ballot> fresh = new ArrayList<>();
    private final Set<Long> closed = new HashSet<>();
    private final ApiClient committee;

    record Ballot(long topic, String voter, long option) {
    }

    BallotWrites(KarafDistribution karaf, Random random) {
        super("deliberation ballots", karaf);
        this.random = random;
        this.village = "CRASH-" + Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();
        this.committee = karaf.as("village-committee");
    }

    @Override
    void prepare() {
        ApiClient admin = karaf.as("admin");
        String town = admin.get("/api/v1/platform/areas/QC-1").json().path("parentCode").asText();
        expect(admin.post("/api/v1/platform/areas", "{\"code\":\"" + village + "\",\"name\":\"崩溃测试村\",\"level\":\"VILLAGE\","
                + "\"parentCode\":\"" + town + "\"}"), 201);
        // one shell session adds every villager to the realm, as an administrator would
        StringBuilder users = new StringBuilder("jaas:realm-manage --realm karaf\n");
        IntStream.rangeClosed(1, VILLAGERS).mapToObj(i -> String.format("crashv%02d", i)).forEach(v -> {
            voters.add(v);
            users.append("jaas:user-add ").append(v).append(' ').append(v).append('\n')
                    .append("jaas:role-add ").append(v).append(" villager\n");
        });
        karaf.shell(users.append("jaas:update").toString());
        for (String v : voters) {
            expect(committee.put(API + "/villagers/" + v, "{\"villageCode\":\"" + village + "\",\"name\":\"村民" + v + "\"}"), 200);
        }
        String topicsPath = API + "/topics";
        for (int t = 0; t < TOPICS; t++) {
            long id = expect(karaf.as(voters.get(0)).post(topicsPath, "{\"title\":\"崩溃测试议题" + t + "\",\"description\":\"表决\","
                    + "\"kind\":\"VILLAGE_TALK\",\"matter\":\"PUBLIC_WELFARE\",\"villageCode\":\"" + village + "\"}"), 201)
                    .path("id").asLong();
            expect(karaf.as(voters.get(0)).post(topicsPath + "/" + id + "/actions", "{\"action\":\"SUBMIT\"}"), 200);
            expect(committee.post(topicsPath + "/" + id + "/actions", "{\"action\":\"ADOPT\"}"), 200);
            JsonNode opts = expect(committee.put(topicsPath + "/" + id + "/options", "{\"options\":[\"同意\",\"不同意\"]}"), 200);
            List<Long> ids = new ArrayList<>();
            opts.forEach(o -> ids.add(o.path("id").asLong()));
            options.put(id, ids);
            topics.add(id);
        }
        String ids = topics.stream().map(String::valueOf).collect(Collectors.joining(","));
        long meeting = expect(committee.post(API + "/meetings", "{\"villageCode\":\"" + village + "\",\"topicIds\":[" + ids
                + "],\"scheduledAt\":\"2026-12-01T02:00:00Z\",\"place\":\"村委会\",\"participants\":[{\"name\":\"代表甲\","
                + "\"role\":\"REPRESENTATIVE\"}]}"), 201).path("id").asLong();
        expect(committee.put(API + "/meetings/" + meeting + "/attendance", "{\"present\":[\"代表甲\"]}"), 200);
        expect(committee.post(API + "/meetings/" + meeting + "/minutes", "{\"text\":\"同意付诸表决\",\"attendeeCount\":15}"), 200);
        String closes = Instant.now().plus(Duration.ofDays(1)).toString();
        for (long id : topics) {
            expect(committee.post(topicsPath + "/" + id + "/actions", "{\"action\":\"OPEN_VOTING\",\"votingClosesAt\":\""
                    + closes + "\"}"), 200);
            counted.put(id, new ArrayList<>());
            for (String v : voters) {
                queue.add(new Ballot(id, v, options.get(id).get(random.nextInt(2))));
            }
        }
    }

    private JsonNode expect(Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("setting up the vote: " + response);
        }
        return response.json();
    }

    @Override
    void writeOne() {
        Ballot ballot;
        synchronized (queue) {
            ballot = queue.poll();
        }
        if (ballot == null) {
            sleepQuietly();
            return;
        }
        Response answer = send(ballot, () -> cast(ballot));
        if (acknowledged(answer, 201, "ballot " + ballot)) {
            counted.get(ballot.topic()).add(ballot);
            fresh.add(ballot);
        }
    }

    private Response cast(Ballot b) {
        return karaf.as(b.voter()).post(API + "/topics/" + b.topic() + "/ballots", "{\"optionId\":" + b.option() + "}");
    }

    @Override
    void afterRestart() {
        for (Object write : inFlight) {
            Ballot b = (Ballot) write;
            Response again = cast(b);
            if (again.status() == 201 || again.status() == 409) {
                counted.get(b.topic()).add(b); // 409: the first one counted before the kill; 201: it counts now
            } else {
                problem("ballot " + b + " in flight, tried again: " + again);
            }
        }
        inFlight.clear();
        for (Ballot b : fresh) {
            Response again = cast(b);
            if (again.status() != 409 || !again.isProblem()) {
                lost("acknowledged voter " + b.voter() + " of topic " + b.topic() + " voted again: " + again);
            }
        }
        fresh.clear();
        for (long topic : topics) {
            if (!closed.contains(topic)) {
                checkTurnout(topic);
                if (counted.get(topic).size() == VILLAGERS) {
                    close(topic);
                }
            }
        }
    }

    /** Casts every ballot still queued (no kill), then closes and checks every topic. */
    void finish() {
        while (!queue.isEmpty()) {
            writeOne();
        }
        afterRestart();
    }

    private void checkTurnout(long topic) {
        JsonNode tally = karaf.as("integrator").get(API + "/topics/" + topic + "/tally").json();
        long expected = counted.get(topic).size();
        long cast = tally.path("votesCast").asLong();
        if (cast < expected) {
            lost("topic " + topic + ": turnout " + cast + ", ballots counted " + expected);
        } else if (cast > expected) {
            problem("topic " + topic + ": turnout " + cast + " but only " + expected + " ballots counted");
        } else {
            checked += expected;
        }
        // the audit records that a villager voted (not for what), in the ballot's transaction
        long audited = karaf.as("admin").get("/api/v1/platform/audit?capability=deliberation&entity=ballot&limit=1&entityId="
                + topic).json().path("total").asLong();
        if (audited != expected) {
            problem("topic " + topic + ": " + audited + " ballots audited, " + expected + " counted");
        }
    }

    private void close(long topic) {
        Response closing = committee.post(API + "/topics/" + topic + "/actions", "{\"action\":\"CLOSE_VOTING\"}");
        if (closing.status() != 200) {
            problem("closing topic " + topic + ": " + closing);
            return;
        }
        closed.add(topic);
        JsonNode tally = karaf.as("integrator").get(API + "/topics/" + topic + "/tally").json();
        Map<Long, Long> expected = new HashMap<>();
        counted.get(topic).forEach(b -> expected.merge(b.option(), 1L, Long::sum));
        Map<Long, Long> actual = new HashMap<>();
        tally.path("options").forEach(o -> actual.put(o.path("id").asLong(), o.path("votes").asLong()));
        options.get(topic).forEach(o -> expected.putIfAbsent(o, 0L));
        if (!expected.equals(actual) || tally.path("votesCast").asLong() != VILLAGERS
                || tally.path("eligible").asLong() != VILLAGERS) {
            lost("topic " + topic + " counted " + actual + " of " + tally.path("votesCast") + " voters, ballots were "
                    + expected);
        }
    }

    int topicsClosed() {
        return closed.size();
    }

    int topics() {
        return topics.size();
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
