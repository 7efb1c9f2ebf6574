package org.chrysalis.itests.reliability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.chrysalis.testkit.ApiClient;
import org.chrysalis.testkit.ApiClient.Response;
import org.chrysalis.testkit.KarafDistribution;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Cases filed and then moved one step (grid incidents reported and accepted, disputes filed and
 * accepted). After a restart every acknowledged case is there, its status is the last acknowledged
 * one (or the result of an action that was in flight), and its history holds every acknowledged
 * status in order and ends with the current one: a case without its history row, or a status
 * without its transition, is a partial write. Cases the server stored but never acknowledged (in
 * flight at the kill) may be there, complete, at most one per in-flight filing. Every write is
 * audited in the write's own transaction, so each write that is there has its audit entry.
 */
final class CaseWrites extends CrashWorkload {

    private final String collection;
    private final String audit;
    private final ApiClient filer;
    private final ApiClient actor;
    private final String filing;
    private final String action;
    private final Function<JsonNode, JsonNode> filedCase;
    private final ApiClient reader;
    /** id → statuses acknowledged (or found committed after a kill), in order. */
    private final Map<Long, List<String>> known = new TreeMap<>();
    private long baselineMaxId;
    private Long toAct;
    private int counter;

    private record File() {
    }

    private record Act(long id) {
    }

    CaseWrites(String kind, KarafDistribution karaf, String collection, String audited, String filer, String filing,
               String actor, String action, Function<JsonNode, JsonNode> filedCase) {
        super(kind, karaf);
        this.collection = collection;
        this.audit = "/api/v1/platform/audit?" + audited + "&limit=1&entityId=";
        this.filer = karaf.as(filer);
        this.actor = karaf.as(actor);
        this.filing = filing;
        this.action = action;
        this.filedCase = filedCase;
        this.reader = karaf.as("admin");
    }

    @Override
    void prepare() {
        baselineMaxId = all(reader, collection).stream().mapToLong(c -> c.path("id").asLong()).max().orElse(0);
    }

    @Override
    void writeOne() {
        if (toAct == null) {
            String body = filing.replace("#", String.valueOf(++counter));
            Response filed = send(new File(), () -> filer.post(collection, body));
            if (acknowledged(filed, 201, "filing")) {
                JsonNode c = filedCase.apply(filed.json());
                toAct = c.path("id").asLong();
                known.put(toAct, new ArrayList<>(List.of(c.path("status").asText())));
            }
        } else {
            long id = toAct;
            Response acted = send(new Act(id), () -> actor.post(collection + "/" + id + "/actions", action));
            if (acknowledged(acted, 200, "action on " + id)) {
                known.get(id).add(acted.json().path("status").asText());
            }
            toAct = null;
        }
    }

    @Override
    void afterRestart() {
        Map<Long, String> stored = new HashMap<>();
        for (JsonNode c : all(reader, collection)) {
            if (c.path("id").asLong() > baselineMaxId) {
                stored.put(c.path("id").asLong(), c.path("status").asText());
            }
        }
        long filingsInFlight = inFlight.stream().filter(File.class::isInstance).count();
        List<Long> unacknowledged = stored.keySet().stream().filter(id -> !known.containsKey(id)).sorted().toList();
        if (unacknowledged.size() > filingsInFlight) {
            problem("cases nobody acknowledged: " + unacknowledged + " with " + filingsInFlight + " filings in flight");
        }
        for (long id : unacknowledged) {
            // committed just before the kill: it must be whole, and from now on it is known
            List<String> history = history(id);
            if (history.isEmpty() || !history.get(history.size() - 1).equals(stored.get(id))) {
                problem("unacknowledged case " + id + " is partial: status " + stored.get(id) + ", history " + history);
            }
            if (audited(id) < 1) {
                problem("unacknowledged case " + id + " is there without its audit entry");
            }
            known.put(id, new ArrayList<>(List.of(stored.get(id))));
        }
        for (Object write : inFlight) {
            if (write instanceof Act act && stored.containsKey(act.id())) {
                List<String> statuses = known.get(act.id());
                String now = stored.get(act.id());
                if (!now.equals(statuses.get(statuses.size() - 1))) {
                    statuses.add(now); // the action committed, its answer was lost
                }
            }
        }
        inFlight.clear();
        for (Map.Entry<Long, List<String>> c : known.entrySet()) {
            long id = c.getKey();
            List<String> statuses = c.getValue();
            String status = stored.get(id);
            if (status == null) {
                lost("case " + id + " (" + statuses + ")");
                continue;
            }
            List<String> history = history(id);
            String last = statuses.get(statuses.size() - 1);
            if (!status.equals(last)) {
                lost("case " + id + " is " + status + ", acknowledged " + statuses);
            } else if (history.isEmpty() || !history.get(history.size() - 1).equals(status) || !inOrder(statuses, history)) {
                lost("case " + id + " history " + history + " lacks acknowledged " + statuses);
            } else if (audited(id) < statuses.size()) {
                lost("case " + id + " has " + audited(id) + " audit entries for the writes " + statuses);
            } else {
                checked += statuses.size();
            }
        }
        if (toAct != null && known.get(toAct).size() > 1) {
            toAct = null; // its action was in flight and committed
        }
    }

    private long audited(long id) {
        return reader.get(audit + id).json().path("total").asLong();
    }

    private List<String> history(long id) {
        Response history = reader.get(collection + "/" + id + "/history");
        if (history.status() != 200) {
            problem("history of " + id + ": " + history);
            return List.of();
        }
        List<String> to = new ArrayList<>();
        history.json().forEach(h -> to.add(h.path("to").asText()));
        return to;
    }

    /** Whether {@code expected} occurs in {@code history} in this order (other rows may lie between). */
    private static boolean inOrder(List<String> expected, List<String> history) {
        int next = 0;
        for (String to : history) {
            if (next < expected.size() && expected.get(next).equals(to)) {
                next++;
            }
        }
        return next == expected.size();
    }

    int cases() {
        return known.size();
    }
}
