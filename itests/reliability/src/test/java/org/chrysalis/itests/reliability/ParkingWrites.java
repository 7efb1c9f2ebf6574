package org.chrysalis.itests.reliability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.chrysalis.testkit.ApiClient;
import org.chrysalis.testkit.ApiClient.Response;
import org.chrysalis.testkit.KarafDistribution;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sensor observations in batches, each observation newer than every earlier one, so each must be
 * applied. After a restart every spot shows at least its last acknowledged observation (exactly it,
 * or a newer one that was in flight at the kill), and every lot's available and occupied counts
 * equal a count of its spots, the consistency rule of parking (and of its benchmark). Each
 * acknowledged batch has its audit entry (written right after the batch commits, before the answer).
 */
final class ParkingWrites extends CrashWorkload {

    private static final String API = "/api/v1/parking";
    private static final int BATCH = 20;

    private final String lot;
    private final ApiClient operator;
    private final Random random;
    private final Map<String, Observation> latest = new HashMap<>();
    private final Map<String, Observation> sent = new HashMap<>();
    private final Instant base = Instant.now().minusSeconds(3600);
    private List<String> spots;
    private long tick;
    private long observations;
    private long batches;
    private long auditedBefore;

    record Observation(String eventId, String spotId, String status, Instant observedAt) {
    }

    ParkingWrites(KarafDistribution karaf, String lot, Random random) {
        super("parking observations", karaf);
        this.lot = lot;
        this.operator = karaf.as("parking-operator");
        this.random = random;
    }

    @Override
    void prepare() {
        spots = all(operator, API + "/spots?lot=" + lot).stream().map(s -> s.path("id").asText()).limit(150).toList();
        auditedBefore = audited();
    }

    private long audited() {
        return karaf.as("admin").get("/api/v1/platform/audit?capability=parking&entity=observations&user=parking-operator"
                + "&limit=1").json().path("total").asLong();
    }

    @Override
    void writeOne() {
        List<Observation> batch = new ArrayList<>();
        StringBuilder body = new StringBuilder("{\"observations\":[");
        for (int i = 0; i < BATCH; i++) {
            Observation o = new Observation("crash-" + (++tick), spots.get(random.nextInt(spots.size())),
                    random.nextBoolean() ? "free" : "occupied", base.plusMillis(tick));
            batch.add(o);
            body.append(i > 0 ? "," : "").append("{\"eventId\":\"").append(o.eventId()).append("\",\"spotId\":\"")
                    .append(o.spotId()).append("\",\"status\":\"").append(o.status()).append("\",\"observedAt\":\"")
                    .append(o.observedAt()).append("\"}");
        }
        batch.forEach(o -> sent.put(o.eventId(), o));
        Response answer = send(batch, () -> operator.post(API + "/observations/batch", body.append("]}").toString()));
        if (acknowledged(answer, 200, "batch")) {
            if (answer.json().path("applied").asLong() != BATCH) {
                problem("a batch of newer observations was not applied whole: " + answer);
            }
            batch.forEach(o -> latest.put(o.spotId(), o));
            observations += BATCH;
            batches++;
        }
    }

    @Override
    void afterRestart() {
        Map<String, JsonNode> stored = new HashMap<>();
        all(operator, API + "/spots?lot=" + lot).forEach(s -> stored.put(s.path("id").asText(), s));
        inFlight.clear();
        for (Map.Entry<String, Observation> e : latest.entrySet()) {
            JsonNode spot = stored.get(e.getKey());
            Observation acked = e.getValue();
            Instant at = spot == null || spot.path("observedAt").isNull() ? Instant.EPOCH
                    : Instant.parse(spot.path("observedAt").asText());
            if (at.isBefore(acked.observedAt())) {
                lost("observation " + acked + ": spot shows " + spot);
            } else if (at.equals(acked.observedAt())) {
                if (!acked.eventId().equals(spot.path("eventId").asText()) || !acked.status().equals(spot.path("status").asText())) {
                    lost("observation " + acked + ": spot shows " + spot);
                } else {
                    checked++;
                }
            } else {
                Observation newer = sent.get(spot.path("eventId").asText());
                if (newer == null || !newer.status().equals(spot.path("status").asText()) || !newer.observedAt().equals(at)) {
                    problem("spot " + e.getKey() + " shows an observation nobody sent: " + spot);
                } else {
                    checked++;
                    e.setValue(newer); // in flight at the kill and committed
                }
            }
        }
        for (JsonNode l : operator.get(API + "/lots").json()) {
            String id = l.path("id").asText();
            long free = operator.get(API + "/spots?lot=" + id + "&status=free&limit=1").json().path("total").asLong();
            long occupied = operator.get(API + "/spots?lot=" + id + "&status=occupied&limit=1").json().path("total").asLong();
            if (free != l.path("availableSpotNumber").asLong() || occupied != l.path("occupiedSpotNumber").asLong()) {
                problem("lot " + id + " counts " + l.path("availableSpotNumber") + " free / " + l.path("occupiedSpotNumber")
                        + " occupied, its spots " + free + " / " + occupied);
            }
        }
        long audited = audited() - auditedBefore;
        if (audited < batches) {
            lost(batches + " batches acknowledged, " + audited + " audited");
        }
        String shell = karaf.shell("parking:occupancy");
        if (!shell.contains("counts consistent with spots")) {
            problem("parking:occupancy reports inconsistent counts:\n" + shell);
        }
    }

    long observations() {
        return observations;
    }
}
