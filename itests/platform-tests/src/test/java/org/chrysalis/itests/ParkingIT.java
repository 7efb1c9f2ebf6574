package org.chrysalis.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chrysalis.testkit.ApiClient;
import org.chrysalis.testkit.ApiClient.Response;
import org.chrysalis.testkit.KarafDistribution;
import org.chrysalis.testkit.LoadLoop;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** Intelligent parking on the assembled distribution: ingestion rules, sessions and fees, availability, views. */
class ParkingIT {

    private static final String API = "/api/v1/parking";
    private static final String BATCH = API + "/observations/batch";
    private static final String SOAP = "/soap/parking/ParkingService";
    private static final String FIWARE = "https://smart-data-models.github.io/";
    private static KarafDistribution karaf;

    @BeforeAll
    static void boot() {
        karaf = KarafDistribution.boot();
    }

    @AfterAll
    static void shutdown() {
        karaf.close();
    }

    /** A lot of our own with {@code spots} free spots and a day-only tariff, so counts and fees are ours to predict. */
    private static void lotWithSpots(String lot, int spots) {
        Response created = karaf.as("parking-operator").post(API + "/lots", "{\"id\":\"" + lot + "\",\"name\":\"测试停车场 "
                + lot + "\",\"latitude\":36.3,\"longitude\":103.3,\"categories\":[\"public\",\"feeCharged\"],"
                + "\"allowedVehicleTypes\":[\"car\"],\"openingHours\":\"Mo-Su 00:00-24:00\",\"tariff\":{\"freeMinutes\":15,"
                + "\"firstIntervalMinutes\":60,\"firstIntervalFen\":500,\"additionalIntervalMinutes\":30,"
                + "\"additionalIntervalFen\":150,\"dailyCapFen\":4000,\"freeVehicleTypes\":[\"ambulance\"]}}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        StringBuilder body = new StringBuilder("{\"spots\":[");
        for (int i = 1; i <= spots; i++) {
            body.append(i > 1 ? "," : "").append("{\"id\":\"").append(lot).append('-').append(i).append("\",\"lotId\":\"")
                    .append(lot).append("\",\"status\":\"free\"}");
        }
        Response batch = karaf.as("parking-operator").post(API + "/spots/batch", body.append("]}").toString());
        assertThat(batch.status()).as(batch.toString()).isEqualTo(201);
    }

    private static String observation(String event, String spot, String status, Instant at) {
        return "{\"eventId\":\"" + event + "\",\"spotId\":\"" + spot + "\",\"status\":\"" + status + "\",\"observedAt\":\""
                + at + "\",\"deviceId\":\"sensor-" + spot + "\"}";
    }

    private static JsonNode batch(String... observations) {
        Response response = karaf.as("parking-operator").post(BATCH, "{\"observations\":[" + String.join(",", observations) + "]}");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode lot(String id) {
        return karaf.as("integrator").get(API + "/lots/" + id).json();
    }

    private static long freeSpots(String lot) {
        return karaf.as("integrator").get(API + "/spots?lot=" + lot + "&status=free&limit=1").json().path("total").asLong();
    }

    @Test
    void observationsInOrderDuplicatedAndOutOfOrderLeaveTheRightState() {
        lotWithSpots("IT-ORDER", 3);
        Instant t = Instant.now().minusSeconds(600);
        JsonNode first = batch(observation("o-1", "IT-ORDER-1", "occupied", t),
                observation("o-2", "IT-ORDER-2", "occupied", t.plusSeconds(1)),
                observation("o-3", "IT-ORDER-1", "free", t.plusSeconds(2)),
                observation("o-4", "IT-ORDER-1", "occupied", t.plusSeconds(3)));
        assertThat(first.path("applied").asInt()).isEqualTo(4);
        assertThat(lot("IT-ORDER").path("availableSpotNumber").asInt()).isEqualTo(1);
        assertThat(lot("IT-ORDER").path("occupiedSpotNumber").asInt()).isEqualTo(2);

        // the same events again: nothing changes
        JsonNode again = batch(observation("o-3", "IT-ORDER-1", "free", t.plusSeconds(2)),
                observation("o-4", "IT-ORDER-1", "occupied", t.plusSeconds(3)));
        assertThat(again.path("applied").asInt()).isZero();
        // o-4 is the spot's last event; o-3 is remembered as recent (or, after a restart, simply older: stale)
        assertThat(again.path("items").get(1).path("outcome").asText()).isEqualTo("DUPLICATE");
        assertThat(again.path("items").get(0).path("outcome").asText()).isIn("DUPLICATE", "STALE");
        assertThat(lot("IT-ORDER").path("availableSpotNumber").asInt()).isEqualTo(1);

        // a late, older report of spot 2 never overwrites its newer state
        JsonNode late = batch(observation("o-0", "IT-ORDER-2", "free", t.minusSeconds(60)));
        assertThat(late.path("stale").asInt()).isEqualTo(1);
        JsonNode spot2 = karaf.as("integrator").get(API + "/spots/IT-ORDER-2").json();
        assertThat(spot2.path("status").asText()).isEqualTo("occupied");
        assertThat(spot2.path("eventId").asText()).isEqualTo("o-2");

        // one observation alone, by a device with the API key and no login
        Response single = karaf.api().send("POST", API + "/observations", "application/json",
                observation("o-5", "IT-ORDER-2", "free", t.plusSeconds(5)).getBytes(StandardCharsets.UTF_8),
                Map.of("X-Api-Key", "demo-sensor-key"));
        assertThat(single.status()).as(single.toString()).isEqualTo(200);
        JsonNode lot = lot("IT-ORDER");
        assertThat(lot.path("availableSpotNumber").asInt()).isEqualTo(2).isEqualTo((int) freeSpots("IT-ORDER"));
        assertThat(lot.path("occupiedSpotNumber").asInt()).isEqualTo(1);
        assertThat(lot.path("status").asText()).isEqualTo("spacesAvailable");
        assertThat(karaf.as("parking-operator").get(API + "/lots/IT-ORDER").json().path("totalSpotNumber").asInt()).isEqualTo(3);
    }

    @Test
    void aMixedBatchReportsEachFailedItemAndAppliesTheRest() {
        lotWithSpots("IT-MIXED", 2);
        Instant t = Instant.now().minusSeconds(60);
        JsonNode result = batch(observation("m-1", "IT-MIXED-1", "occupied", t),
                observation("m-2", "NO-SUCH-SPOT", "free", t),
                "{\"eventId\":\"m-3\",\"spotId\":\"IT-MIXED-2\",\"status\":\"parked\",\"observedAt\":\"" + t + "\"}",
                "{\"eventId\":\"m-4\",\"spotId\":\"IT-MIXED-2\",\"status\":\"free\",\"observedAt\":12345}",
                "\"not an object\"",
                observation("m-6", "IT-MIXED-2", "occupied", t));
        assertThat(result.path("received").asInt()).isEqualTo(6);
        assertThat(result.path("applied").asInt()).isEqualTo(2);
        assertThat(result.path("rejected").asInt()).isEqualTo(4);
        List<String> indexes = result.path("items").findValuesAsText("index");
        assertThat(indexes).containsExactly("1", "2", "3", "4");
        assertThat(result.path("items").get(0).path("errors").get(0).path("message").asText()).isEqualTo("no spot has this id");
        assertThat(result.path("items").get(1).path("errors").get(0).path("field").asText()).isEqualTo("status");
        assertThat(result.path("items").get(2).path("errors").get(0).path("field").asText()).isEqualTo("observedAt");
        assertThat(lot("IT-MIXED").path("availableSpotNumber").asInt()).isZero();
        assertThat(lot("IT-MIXED").path("status").asText()).isEqualTo("full");
    }

    @Test
    void entryExitAndFeeFollowTheTariff() {
        lotWithSpots("IT-FEE", 1);
        ApiClient operator = karaf.as("parking-operator");
        Instant entered = Instant.now().minus(Duration.ofMinutes(130));
        Response entry = operator.post(API + "/sessions", "{\"lotId\":\"IT-FEE\",\"plate\":\"甘A12345\",\"vehicleType\":\"car\","
                + "\"enteredAt\":\"" + entered + "\"}");
        assertThat(entry.status()).as(entry.toString()).isEqualTo(201);
        long id = entry.json().path("id").asLong();
        assertThat(operator.post(API + "/sessions", "{\"lotId\":\"IT-FEE\",\"plate\":\"甘A12345\"}").status()).isEqualTo(409);
        // 130 minutes: first hour 500, then three started half hours at 150
        assertThat(operator.get(API + "/sessions/" + id + "/quote").json().path("feeFen").asLong()).isEqualTo(950);
        JsonNode exited = operator.post(API + "/sessions/" + id + "/exit", "{\"exitedAt\":\""
                + entered.plus(Duration.ofMinutes(130)) + "\"}").json();
        assertThat(exited.path("feeFen").asLong()).as(exited.toString()).isEqualTo(950);
        assertThat(exited.path("minutes").asLong()).isEqualTo(130);
        assertThat(exited.path("paymentStatus").asText()).isEqualTo("UNPAID");
        assertThat(exited.path("paymentStatusLabel").asText()).isEqualTo("未支付");
        JsonNode paid = operator.post(API + "/sessions/" + id + "/payment", "{\"method\":\"WECHAT\"}").json();
        assertThat(paid.path("paymentStatus").asText()).isEqualTo("PAID");
        assertThat(operator.post(API + "/sessions/" + id + "/payment", "{\"method\":\"WECHAT\"}").status()).isEqualTo(409);

        // boundaries, the daily cap and free vehicle types through the quote endpoint
        String day = "\"enteredAt\":\"2026-11-27T01:00:00Z\",\"exitedAt\":\"";
        assertThat(quote("{\"lotId\":\"IT-FEE\"," + day + "2026-11-27T01:15:00Z\"}")).isZero();
        assertThat(quote("{\"lotId\":\"IT-FEE\"," + day + "2026-11-27T01:16:00Z\"}")).isEqualTo(500);
        assertThat(quote("{\"lotId\":\"IT-FEE\"," + day + "2026-11-28T01:00:00Z\"}")).isEqualTo(4000);
        assertThat(quote("{\"lotId\":\"IT-FEE\"," + day + "2026-11-29T02:00:00Z\"}")).isEqualTo(4000 + 4000 + 300);
        assertThat(quote("{\"lotId\":\"IT-FEE\",\"vehicleType\":\"ambulance\"," + day + "2026-11-28T01:00:00Z\"}")).isZero();

        // a session without exit for longer than configured is flagged
        Response stuck = operator.post(API + "/sessions", "{\"lotId\":\"IT-FEE\",\"plate\":\"甘A99999\",\"enteredAt\":\""
                + Instant.now().minus(Duration.ofHours(30)) + "\"}");
        assertThat(karaf.shell("parking:flag")).contains("flagged");
        assertThat(operator.get(API + "/sessions/" + stuck.json().path("id").asLong()).json().path("flagged").asBoolean()).isTrue();
        assertThat(operator.get(API + "/sessions?flagged=true&lot=IT-FEE").json().path("total").asInt()).isEqualTo(1);
        JsonNode stats = karaf.as("integrator").get(API + "/stats").json();
        assertThat(stats.path("revenueFen").asLong()).isGreaterThanOrEqualTo(950);
    }

    private static long quote(String body) {
        Response quote = karaf.as("integrator").post(API + "/fee-quote", body);
        assertThat(quote.status()).as(quote.toString()).isEqualTo(200);
        return quote.json().path("feeFen").asLong();
    }

    @Test
    void availabilityNearAPointIsPublicAndSortedByDistance() {
        Response near = karaf.api().get(API + "/availability?lat=36.4512&lon=103.6318&radius=1500");
        assertThat(near.status()).as(near.toString()).isEqualTo(200);
        JsonNode lots = near.json();
        assertThat(lots.size()).isGreaterThanOrEqualTo(2);
        assertThat(lots.get(0).path("lotId").asText()).isEqualTo("LZ-P01");
        List<Long> distances = new ArrayList<>();
        lots.forEach(l -> {
            distances.add(l.path("distanceMeters").asLong());
            assertThat(l.path("availableSpotNumber").asInt()).isPositive();
        });
        assertThat(distances).isSorted().allMatch(d -> d <= 1500);
        assertThat(karaf.api().get(API + "/availability?lat=36.4512&lon=103.6318&radius=10").json().size()).isEqualTo(1);
        Response english = karaf.api().send("GET", API + "/availability?lat=36.4512&lon=103.6318&radius=1500", null, null,
                Map.of("Accept-Language", "en"));
        assertThat(english.json().get(0).path("statusLabel").asText()).isIn("Spaces available", "Almost full");
        Response bad = karaf.api().get(API + "/availability?lat=95&radius=-1");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").findValuesAsText("field")).contains("lat", "lon", "radius");
    }

    @Test
    void theNgsiLdViewValidatesAgainstTheFiwareSchemas() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder ->
                builder.schemaIdResolvers(resolvers -> resolvers
                        .mapPrefix(FIWARE + "data-models/", "classpath:fiware-parking/")
                        .mapPrefix(FIWARE + "dataModel.Parking/", "classpath:fiware-parking/")));
        Map<String, Integer> validated = new java.util.LinkedHashMap<>();
        for (String type : List.of("OffStreetParking", "ParkingGroup", "ParkingSpot")) {
            Schema schema = registry.getSchema(SchemaLocation.of(FIWARE + "dataModel.Parking/" + type + "/schema.json"));
            Response response = karaf.as("integrator").get(API + "/ngsi-ld/entities?type=" + type + "&limit=200");
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            JsonNode entities = response.json();
            assertThat(entities.size()).isPositive();
            for (JsonNode entity : entities) {
                assertThat(entity.path("type").asText()).isEqualTo(type);
                List<Error> errors = schema.validate(entity);
                assertThat(errors).as(type + " " + entity).isEmpty();
            }
            validated.put(type, entities.size());
        }
        // the schema really is checked: a spot with a status FIWARE does not know fails
        Schema spot = registry.getSchema(SchemaLocation.of(FIWARE + "dataModel.Parking/ParkingSpot/schema.json"));
        JsonNode one = karaf.as("integrator").get(API + "/ngsi-ld/entities/urn:ngsi-ld:ParkingSpot:LZ-P01-1-001").json();
        assertThat(spot.validate(one)).isEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) one).put("status", "parked");
        assertThat(spot.validate(one)).isNotEmpty();
        System.out.println("NGSI-LD entities valid against the FIWARE schemas: " + validated);
    }

    @Test
    void badInputIsA400WithAProblemBody() {
        ApiClient operator = karaf.as("parking-operator");
        Response lot = operator.post(API + "/lots", "{\"id\":\"bad id\",\"name\":\"\",\"latitude\":99,"
                + "\"categories\":[\"nonsense\"],\"tariff\":{\"firstIntervalMinutes\":0}}");
        assertThat(lot.status()).isEqualTo(400);
        assertThat(lot.contentType()).contains("application/problem+json");
        assertThat(lot.json().path("errors").findValuesAsText("field")).contains("id", "name", "latitude", "longitude",
                "categories");
        assertThat(operator.post(API + "/lots", "{\"id\":\"X\",\"unknownField\":1}").status()).isEqualTo(400);
        assertThat(operator.post(BATCH, "{\"observations\":[]}").status()).isEqualTo(400);
        StringBuilder tooMany = new StringBuilder("{\"observations\":[");
        for (int i = 0; i < 1001; i++) {
            tooMany.append(i > 0 ? "," : "").append("{}");
        }
        assertThat(operator.post(BATCH, tooMany.append("]}").toString()).status()).isEqualTo(400);
        assertThat(operator.post(BATCH, "{\"observations\":").status()).isEqualTo(400);
        Response single = operator.post(API + "/observations", "{\"eventId\":\"s-1\",\"spotId\":\"LZ-P01-1-001\","
                + "\"status\":\"occupied\",\"observedAt\":\"not a time\"}");
        assertThat(single.status()).isEqualTo(400);
        assertThat(single.json().path("errors").findValuesAsText("field")).containsExactly("observedAt");
        assertThat(operator.post(API + "/sessions", "{\"lotId\":\"LZ-P01\",\"plate\":\"?\"}").status()).isEqualTo(400);
        assertThat(operator.get(API + "/spots?status=parked").status()).isEqualTo(400);
        assertThat(operator.get(API + "/stats?from=yesterday").status()).isEqualTo(400);
        assertThat(operator.get(API + "/lots/NO-SUCH-LOT").status()).isEqualTo(404);
        assertThat(operator.get(API + "/ngsi-ld/entities?type=Car").status()).isEqualTo(400);
    }

    @Test
    void operatorOnlyEndpointsRefuseOthers() {
        assertThat(karaf.as("grid-worker").post(API + "/lots", "{}").status()).isEqualTo(403);
        assertThat(karaf.as("grid-worker").get(API + "/lots").status()).isEqualTo(403);
        assertThat(karaf.as("integrator").post(API + "/sessions", "{\"lotId\":\"LZ-P01\",\"plate\":\"甘A11111\"}").status())
                .isEqualTo(403);
        assertThat(karaf.as("integrator").post(API + "/observations", observation("x-1", "LZ-P01-1-001", "free",
                Instant.now())).status()).isEqualTo(403);
        assertThat(karaf.as("mediator").delete(API + "/spots/LZ-P01-1-001").status()).isEqualTo(403);
        assertThat(karaf.api().get(API + "/lots").status()).isEqualTo(401);
        assertThat(karaf.api().post(BATCH, "{\"observations\":[]}").status()).isEqualTo(401);
        Response wrongKey = karaf.api().send("POST", BATCH, "application/json", "{\"observations\":[{}]}"
                .getBytes(StandardCharsets.UTF_8), Map.of("X-Api-Key", "guess"));
        assertThat(wrongKey.status()).isEqualTo(401);
        assertThat(karaf.as("integrator").get(API + "/lots").json().size()).isGreaterThanOrEqualTo(12);
    }

    @Test
    void soapClientsAskAvailabilityQuoteAndRecordSessions() {
        assertThat(karaf.api().get(SOAP + "?wsdl").body()).contains("wsdl:definitions").contains("availability")
                .contains("quote");
        Response near = karaf.as("integrator").soap(SOAP, envelope("availability",
                "<latitude>36.4512</latitude><longitude>103.6318</longitude><radiusMeters>1500</radiusMeters>"));
        assertThat(near.status()).as(near.toString()).isEqualTo(200);
        assertThat(near.body()).contains("<lotId>LZ-P01</lotId>");
        Response quote = karaf.as("integrator").soap(SOAP, envelope("quote", "<lotId>LZ-P02</lotId>"
                + "<enteredAt>2026-11-27T09:00:00+08:00</enteredAt><exitedAt>2026-11-27T10:30:00+08:00</exitedAt>"));
        assertThat(quote.body()).as(quote.toString()).contains("<feeFen>700</feeFen>");
        Response entry = karaf.as("parking-operator").soap(SOAP, envelope("enter",
                "<lotId>LZ-P02</lotId><plate>甘A55555</plate><vehicleType>car</vehicleType>"));
        assertThat(entry.body()).as(entry.toString()).contains("<plate>甘A55555</plate>");
        Response forbidden = karaf.as("integrator").soap(SOAP, envelope("enter", "<lotId>LZ-P02</lotId><plate>甘A55556</plate>"));
        assertThat(forbidden.status()).isEqualTo(403);
    }

    private static String envelope(String operation, String parameters) {
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "xmlns:p=\"urn:chrysalis:parking:v1\"><soapenv:Body><p:" + operation + ">" + parameters
                + "</p:" + operation + "></soapenv:Body></soapenv:Envelope>";
    }

    @Test
    void theShellListsLotsAndTheSimulatorKeepsCountsConsistent() {
        assertThat(karaf.shell("parking:lots")).contains("LZ-P01").contains("LZ-P12");
        assertThat(karaf.shell("parking:lot LZ-P03")).contains("中川机场").contains("group");
        karaf.shell("parking:simulate --rate 300");
        sleep(3000);
        assertThat(karaf.shell("parking:simulate --stop")).contains("observations sent");
        String occupancy = karaf.shell("parking:occupancy");
        assertThat(occupancy).contains("counts consistent with spots").doesNotContain("INCONSISTENT");
        JsonNode hours = karaf.as("integrator").get(API + "/stats/occupancy?lot=LZ-P01").json();
        assertThat(hours.size()).isPositive();
        assertThat(hours.get(0).path("averageOccupancy").asDouble()).isBetween(0.0, 1.0);
        assertThat(karaf.as("integrator").get(API + "/stats").json().path("peakHours").size()).isPositive();
    }

    @Test
    void reinstallingParkingKeepsItsDataWhileTheOthersAnswer() {
        lotWithSpots("IT-KEEP", 2);
        batch(observation("k-1", "IT-KEEP-1", "occupied", Instant.now().minusSeconds(30)));
        ApiClient integrator = karaf.as("integrator");
        LoadLoop.Result load;
        Duration back;
        try (LoadLoop loop = LoadLoop.start(() -> integrator.get("/api/v1/grid/incidents?limit=5"),
                () -> integrator.get("/api/v1/mediation/cases?limit=5"))) {
            karaf.shell("feature:uninstall chrysalis-parking");
            assertThat(integrator.get(API + "/lots/IT-KEEP").status()).isEqualTo(404);
            Instant start = Instant.now();
            karaf.shell("feature:install chrysalis-parking");
            while (integrator.tryGet(API + "/lots/IT-KEEP") != 200 && Duration.between(start, Instant.now()).toSeconds() < 60) {
                sleep(50);
            }
            back = Duration.between(start, Instant.now());
            karaf.awaitHealthy(Duration.ofSeconds(60));
            load = loop.stop();
        }
        System.out.printf("Parking reinstall: readable again after %d ms; grid and mediation traffic meanwhile: %d requests,"
                + " %d failed%n", back.toMillis(), load.total(), load.failed());
        assertThat(load.total()).isPositive();
        assertThat(load.failed()).as("%s", load.failures()).isZero();
        JsonNode kept = lot("IT-KEEP");
        assertThat(kept.path("totalSpotNumber").asInt()).isEqualTo(2);
        assertThat(kept.path("occupiedSpotNumber").asInt()).isEqualTo(1);
        assertThat(integrator.get(API + "/lots").json().size()).isGreaterThanOrEqualTo(13);
        List<String> refreshed = karaf.refreshedBundles();
        System.out.println("Bundles refreshed: " + refreshed);
        assertThat(refreshed).isNotEmpty().allMatch(entry -> entry.startsWith("org.chrysalis.parking/"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
