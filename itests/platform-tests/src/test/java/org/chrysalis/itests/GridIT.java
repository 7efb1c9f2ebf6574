package org.chrysalis.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.chrysalis.testkit.ApiClient;
import org.chrysalis.testkit.ApiClient.Response;
import org.chrysalis.testkit.KarafDistribution;
import org.chrysalis.testkit.LoadLoop;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Grid management on the assembled distribution, as its users work with it. */
class GridIT {

    private static final String INCIDENTS = "/api/v1/grid/incidents";
    /** Inside grid QC-1-G1 of the demo district (石门沟村第1网格). */
    private static final String INSIDE_QC_1_G1 = "\"latitude\":36.45,\"longitude\":103.63";

    private static KarafDistribution karaf;

    @BeforeAll
    static void boot() {
        karaf = KarafDistribution.boot();
    }

    @AfterAll
    static void shutdown() {
        karaf.close();
    }

    private static long report(ApiClient client, String category, String where) {
        Response created = client.post(INCIDENTS, "{\"category\":\"" + category + "\",\"description\":\"井盖缺失，行人易跌落\","
                + where + ",\"contact\":{\"name\":\"王先生\",\"phone\":\"13800000000\"}}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("incident").path("id").asLong();
    }

    private static JsonNode act(String user, long id, String action, String extra) {
        Response response = karaf.as(user).post(INCIDENTS + "/" + id + "/actions",
                "{\"action\":\"" + action + "\"" + extra + "}");
        assertThat(response.status()).as(action + " by " + user + ": " + response).isEqualTo(200);
        return response.json();
    }

    @Test
    void demoDistrictIsThere() {
        ApiClient integrator = karaf.as("integrator");
        assertThat(integrator.get("/api/v1/grid/grids").json().path("total").asInt()).isEqualTo(24);
        assertThat(integrator.get("/api/v1/grid/departments").json().size()).isEqualTo(8);
        JsonNode categories = integrator.send("GET", "/api/v1/grid/categories", null, null,
                java.util.Map.of("Accept-Language", "en")).json();
        assertThat(categories.findValuesAsText("name")).contains("Road damage", "Consumer dispute");
        assertThat(integrator.get("/api/v1/platform/capabilities").json().findValuesAsText("id")).contains("grid");
        // the demo incidents, each taken as far as its stage through the service: the last one loaded was rejected
        assertThat(integrator.get(INCIDENTS + "?grid=ZC-2-G1&status=REJECTED").json().path("total").asInt()).isPositive();
        assertThat(integrator.get(INCIDENTS + "?grid=HH-1-G1&status=CLOSED").json().path("total").asInt()).isPositive();
    }

    @Test
    void anIncidentGoesFromReportToClosedWithHistoryAndPoints() {
        long id = report(karaf.as("grid-worker"), "road-damage", INSIDE_QC_1_G1);
        JsonNode incident = karaf.as("dispatcher").get(INCIDENTS + "/" + id).json();
        assertThat(incident.path("gridCode").asText()).isEqualTo("QC-1-G1");
        assertThat(incident.path("status").asText()).isEqualTo("REPORTED");
        assertThat(incident.path("statusLabel").asText()).isEqualTo("已上报");
        assertThat(incident.path("allowedActions").toString()).contains("ACCEPT", "REJECT");

        Response wrongRole = karaf.as("grid-worker").post(INCIDENTS + "/" + id + "/actions", "{\"action\":\"ACCEPT\"}");
        assertThat(wrongRole.status()).isEqualTo(403);
        Response noDepartment = karaf.as("dispatcher").post(INCIDENTS + "/" + id + "/actions", "{\"action\":\"DISPATCH\"}");
        assertThat(noDepartment.status()).isEqualTo(400);
        assertThat(noDepartment.json().path("errors").findValuesAsText("field")).containsExactly("departmentCode");

        act("dispatcher", id, "ACCEPT", ",\"comment\":\"已受理\"");
        act("dispatcher", id, "DISPATCH", ",\"departmentCode\":\"ZJ\"");
        act("grid-worker", id, "START", "");
        act("grid-worker", id, "RESOLVE", ",\"comment\":\"已修复\"");
        act("grid-worker", id, "VERIFY", "");
        JsonNode closed = act("dispatcher", id, "CLOSE", "");
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("departmentCode").asText()).isEqualTo("ZJ");

        Response illegal = karaf.as("dispatcher").post(INCIDENTS + "/" + id + "/actions", "{\"action\":\"ACCEPT\"}");
        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.isProblem()).isTrue();
        assertThat(illegal.json().has("allowedActions")).isTrue();

        JsonNode history = karaf.as("integrator").get(INCIDENTS + "/" + id + "/history").json();
        assertThat(history.findValuesAsText("to")).containsExactly("REPORTED", "ACCEPTED", "DISPATCHED", "IN_PROGRESS",
                "RESOLVED", "VERIFIED", "CLOSED");
        assertThat(history.findValuesAsText("actor")).containsExactly("grid-worker", "dispatcher", "dispatcher",
                "grid-worker", "grid-worker", "grid-worker", "dispatcher");

        JsonNode statement = karaf.as("grid-worker").get("/api/v1/grid/points/workers/grid-worker").json();
        assertThat(statement.path("entries").findValuesAsText("reason")).contains("REPORT_ACCEPTED", "RESOLUTION_VERIFIED");
        assertThat(karaf.as("villager").get("/api/v1/grid/points/workers/grid-worker").status()).isEqualTo(403);
        assertThat(karaf.as("integrator").get("/api/v1/grid/points/leaderboard?grid=QC-1-G1").json()
                .findValuesAsText("worker")).contains("grid-worker");

        JsonNode stats = karaf.as("integrator").get("/api/v1/grid/stats?grid=QC-1-G1").json();
        assertThat(stats.path("countsByStatus").path("CLOSED").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(karaf.as("admin").get("/api/v1/platform/audit?capability=grid&entity=incident&entityId=" + id)
                .json().path("total").asInt()).isEqualTo(7);
        assertThat(karaf.shell("grid:incident " + id)).contains("CLOSED").contains("dispatcher");
    }

    @Test
    void nearbyReportsOfTheSameCategoryAreFlaggedAsDuplicates() {
        long first = report(karaf.as("grid-worker"), "garbage", "\"latitude\":36.4712,\"longitude\":103.6412");
        Response second = karaf.as("grid-worker").post(INCIDENTS,
                "{\"category\":\"garbage\",\"description\":\"又见垃圾\",\"latitude\":36.4713,\"longitude\":103.6413}");
        assertThat(second.json().path("possibleDuplicates").findValuesAsText("id")).contains(String.valueOf(first));
        long duplicate = second.json().path("incident").path("id").asLong();
        JsonNode merged = act("dispatcher", duplicate, "MERGE", ",\"mergeInto\":" + first);
        assertThat(merged.path("status").asText()).isEqualTo("MERGED");
        assertThat(merged.path("mergedInto").asLong()).isEqualTo(first);
    }

    @Test
    void badInputIsRefusedWithTheFieldsNamed() {
        ApiClient worker = karaf.as("grid-worker");
        Response noCategory = worker.post(INCIDENTS, "{\"description\":\"x\",\"latitude\":36.5,\"longitude\":103.7}");
        assertThat(noCategory.status()).isEqualTo(400);
        assertThat(noCategory.json().path("errors").findValuesAsText("field")).contains("category");
        Response latitude = worker.post(INCIDENTS, "{\"category\":\"noise\",\"description\":\"x\",\"latitude\":91,\"longitude\":103.7}");
        assertThat(latitude.json().path("errors").findValuesAsText("field")).containsExactly("latitude");
        Response longText = worker.post(INCIDENTS, "{\"category\":\"noise\",\"description\":\"" + "长".repeat(4001)
                + "\",\"latitude\":36.5,\"longitude\":103.7}");
        assertThat(longText.json().path("errors").findValuesAsText("field")).containsExactly("description");
        assertThat(worker.post(INCIDENTS, "{\"category\":").status()).isEqualTo(400);
        assertThat(karaf.api().post(INCIDENTS, "{\"category\":\"noise\",\"description\":\"x\",\"address\":\"a\"}").status())
                .isEqualTo(401);
        assertThat(karaf.as("villager").post(INCIDENTS, "{\"category\":\"noise\",\"description\":\"x\",\"address\":\"a\"}")
                .status()).isEqualTo(403);
    }

    @Test
    void overdueIncidentsAreEscalatedWhenThePlatformClockPasses() {
        long id = report(karaf.as("grid-worker"), "sewage", INSIDE_QC_1_G1);
        try {
            karaf.shell("chrysalis:clock --advance PT2H\ngrid:escalate");
            JsonNode escalated = karaf.as("dispatcher").get(INCIDENTS + "/" + id).json();
            assertThat(escalated.path("status").asText()).isEqualTo("ESCALATED");
            assertThat(escalated.path("escalatedFrom").asText()).isEqualTo("REPORTED");
            assertThat(escalated.path("overdue").asBoolean()).isTrue();
            assertThat(karaf.as("dispatcher").get(INCIDENTS + "?overdue=true&limit=200").json()
                    .path("items").findValuesAsText("id")).contains(String.valueOf(id));
            assertThat(act("dispatcher", id, "ACCEPT", "").path("status").asText()).isEqualTo("ACCEPTED");
        } finally {
            karaf.shell("chrysalis:clock --reset");
        }
    }

    private static Response open311Post(String format, String form) {
        return karaf.api().send("POST", "/open311/v2/requests." + format, "application/x-www-form-urlencoded",
                form.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.util.Map.of());
    }

    @Test
    void open311ClientsReportAndFollowTheirRequests() {
        ApiClient citizen = karaf.api();
        assertThat(citizen.get("/open311/v2/discovery.json").json().path("endpoints").get(0).path("specification").asText())
                .contains("GeoReport_v2");
        assertThat(citizen.get("/open311/v2/services.json").json().findValuesAsText("service_code")).contains("road-damage");
        Response servicesXml = citizen.get("/open311/v2/services.xml");
        assertThat(servicesXml.contentType()).startsWith("application/xml");
        assertThat(servicesXml.body()).contains("<services><service><service_code>");

        Response created = open311Post("json", "api_key=demo-key&service_code=road-damage&lat=36.45&long=103.63"
                + "&description=%E8%B7%AF%E9%9D%A2%E5%A1%8C%E9%99%B7&first_name=Li&phone=13900000000");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get(0).path("service_request_id").asText();
        String token = created.json().get(0).path("token").asText();

        JsonNode request = citizen.get("/open311/v2/requests/" + id + ".json").json().get(0);
        assertThat(request.path("status").asText()).isEqualTo("open");
        assertThat(request.path("service_code").asText()).isEqualTo("road-damage");
        assertThat(request.path("description").asText()).isEqualTo("路面塌陷");
        assertThat(request.path("expected_datetime").asText()).isNotBlank();
        assertThat(request.has("phone")).isFalse();
        assertThat(citizen.get("/open311/v2/requests/" + id + ".xml").body())
                .contains("<service_request_id>" + id + "</service_request_id>").contains("<status>open</status>");
        assertThat(citizen.get("/open311/v2/tokens/" + token + ".json").json().get(0).path("service_request_id").asText())
                .isEqualTo(id);
        assertThat(citizen.get("/open311/v2/requests.json?service_code=road-damage&status=open").json()
                .findValuesAsText("service_request_id")).contains(id);

        long number = Long.parseLong(id);
        assertThat(karaf.as("dispatcher").get(INCIDENTS + "/" + number).json().path("gridCode").asText()).isEqualTo("QC-1-G1");
        act("dispatcher", number, "ACCEPT", "");
        act("dispatcher", number, "DISPATCH", ",\"departmentCode\":\"CG\"");
        act("grid-worker", number, "START", "");
        act("grid-worker", number, "RESOLVE", "");
        act("grid-worker", number, "VERIFY", "");
        act("dispatcher", number, "CLOSE", "");
        assertThat(karaf.as("integrator").get(INCIDENTS + "/" + number + "/history").json().size()).isEqualTo(7);
        JsonNode closed = citizen.get("/open311/v2/requests/" + id + ".json").json().get(0);
        assertThat(closed.path("status").asText()).isEqualTo("closed");
        assertThat(closed.path("agency_responsible").asText()).isEqualTo("城市管理局");
    }

    @Test
    void open311ErrorsFollowTheSpec() {
        Response noKey = open311Post("json", "service_code=road-damage&lat=36.45&long=103.63&description=x");
        assertThat(noKey.status()).isEqualTo(403);
        assertThat(noKey.json().get(0).path("code").asInt()).isEqualTo(403);
        Response noService = open311Post("json", "api_key=demo-key&lat=36.45&long=103.63&description=x");
        assertThat(noService.status()).isEqualTo(400);
        assertThat(noService.json().get(0).path("description").asText()).contains("service_code");
        Response badLatitude = open311Post("xml", "api_key=demo-key&service_code=noise&lat=91&long=103.63&description=x");
        assertThat(badLatitude.status()).isEqualTo(400);
        assertThat(badLatitude.body()).contains("<errors><error><code>400</code>").contains("lat");
        Response tooLong = open311Post("json", "api_key=demo-key&service_code=noise&lat=36.5&long=103.7&description="
                + "x".repeat(4001));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get(0).path("description").asText()).contains("description");
        Response missing = karaf.api().get("/open311/v2/requests/987654321.json");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get(0).path("code").asInt()).isEqualTo(404);
    }

    private static String soap(String operation, String parameters) {
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "xmlns:g=\"urn:chrysalis:grid:v1\"><soapenv:Body><g:" + operation + ">" + parameters
                + "</g:" + operation + "></soapenv:Body></soapenv:Envelope>";
    }

    @Test
    void soapClientsReportAndAct() {
        String endpoint = "/soap/grid/IncidentService";
        Response wsdl = karaf.api().get(endpoint + "?wsdl");
        assertThat(wsdl.body()).contains("wsdl:definitions").contains("report").contains("listByGrid");

        Response reported = karaf.as("grid-worker").soap(endpoint, soap("report",
                "<category>garbage</category><description>SOAP 上报</description><latitude>36.45</latitude>"
                        + "<longitude>103.63</longitude>"));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
        String id = reported.body().replaceAll("(?s).*<id>(\\d+)</id>.*", "$1");
        assertThat(reported.body()).contains("<status>REPORTED</status>").contains("<gridCode>QC-1-G1</gridCode>");

        Response accepted = karaf.as("dispatcher").soap(endpoint, soap("act", "<id>" + id + "</id><action>ACCEPT</action>"));
        assertThat(accepted.body()).contains("<status>ACCEPTED</status>");
        Response again = karaf.as("dispatcher").soap(endpoint, soap("act", "<id>" + id + "</id><action>ACCEPT</action>"));
        assertThat(again.body()).contains("Fault").contains("illegal-transition");
        Response wrongRole = karaf.as("villager").soap(endpoint, soap("getIncident", "<id>" + id + "</id>"));
        assertThat(wrongRole.status()).isEqualTo(403);
        assertThat(wrongRole.body()).contains("forbidden");
        Response anonymous = karaf.api().soap(endpoint, soap("getIncident", "<id>" + id + "</id>"));
        assertThat(anonymous.status()).isEqualTo(401);
        Response list = karaf.as("integrator").soap(endpoint, soap("listByGrid", "<gridCode>QC-1-G1</gridCode>"));
        assertThat(list.body()).contains("<id>" + id + "</id>");
    }

    @Test
    void uninstallingGridKeepsThePlatformServingAndReinstallKeepsItsData() {
        long id = report(karaf.as("grid-worker"), "streetlight", INSIDE_QC_1_G1);
        act("dispatcher", id, "ACCEPT", "");
        ApiClient integrator = karaf.as("integrator");
        LoadLoop.Result load;
        Duration reinstall;
        try (LoadLoop loop = LoadLoop.start(() -> integrator.get("/api/v1/platform/areas?limit=5"),
                () -> karaf.api().get("/api/v1/platform/health"))) {
            karaf.shell("feature:uninstall chrysalis-grid");
            assertThat(integrator.get(INCIDENTS + "/" + id).status()).isEqualTo(404);
            Instant start = Instant.now();
            karaf.shell("feature:install chrysalis-grid");
            while (integrator.tryGet(INCIDENTS + "/" + id) != 200 && Duration.between(start, Instant.now()).toSeconds() < 60) {
                Thread.onSpinWait();
            }
            reinstall = Duration.between(start, Instant.now());
            load = loop.stop();
        }
        System.out.printf("Grid reinstall: incident readable again after %d ms; platform traffic meanwhile: %d requests,"
                + " %d failed%n", reinstall.toMillis(), load.total(), load.failed());
        assertThat(load.failed()).as("%s", load.failures()).isZero();
        assertThat(integrator.get(INCIDENTS + "/" + id).json().path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(integrator.get(INCIDENTS + "/" + id + "/history").json().size()).isEqualTo(2);
        assertThat(karaf.as("grid-worker").get("/api/v1/grid/points/workers/grid-worker").json()
                .path("total").asLong()).isPositive();
        // only the bundles the feature brought are refreshed, because they go away: nothing rewired
        assertThat(karaf.refreshedBundles()).allMatch(entry -> entry.endsWith("(Bundle will be uninstalled)"));
    }
}
