package org.chrysalis.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.chrysalis.testkit.ApiClient;
import org.chrysalis.testkit.ApiClient.Response;
import org.chrysalis.testkit.KarafDistribution;
import org.chrysalis.testkit.LoadLoop;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Special rectification campaigns on the assembled distribution, and grid's hand-off of safety hazards. */
class CampaignsIT {

    private static final String API = "/api/v1/campaigns";
    private static final String TASKS = API + "/tasks";
    private static final String SOAP = "/soap/campaigns/RectificationService";
    private static KarafDistribution karaf;

    @BeforeAll
    static void boot() {
        karaf = KarafDistribution.boot();
    }

    @AfterAll
    static void shutdown() {
        karaf.close();
    }

    private static long createCampaign(String name) {
        Response created = karaf.as("admin").post(API + "/campaigns", "{\"name\":\"" + name + "\",\"kind\":\"AD_HOC\","
                + "\"leadDepartment\":\"新区应急管理局\",\"participatingDepartments\":[\"新区生态环境局\",\"新区住建局\"],"
                + "\"startDate\":\"2026-11-01\",\"endDate\":\"2027-01-31\","
                + "\"targets\":{\"closureRatePercent\":95,\"maxOverdueHighSeverity\":0,\"maxMedianDays\":10}}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("kind").asText()).isEqualTo("AD_HOC");
        return created.json().path("id").asLong();
    }

    /** An inspection of a chemical plant with two findings; returns the two task ids. */
    private static List<Long> inspectWithTwoFindings(long campaign) {
        Response recorded = karaf.as("inspector").post(API + "/inspections", "{\"campaignId\":" + campaign + ","
                + "\"siteName\":\"新区某化工有限公司\",\"creditCode\":\"91620100MA71ABCD1U\",\"address\":\"新区化工园区纬三路\","
                + "\"checklist\":[{\"item\":\"危化品仓库防爆\",\"passed\":false},{\"item\":\"应急预案备案\",\"passed\":true}],"
                + "\"findings\":["
                + "{\"description\":\"废水排放口标识缺失\",\"severity\":\"MEDIUM\",\"responsibleParty\":\"新区某化工有限公司\","
                + "\"responsibleDepartment\":\"新区生态环境局\",\"requiredEvidence\":\"整改后照片\"},"
                + "{\"description\":\"危化品仓库未设置防爆灯具\",\"severity\":\"MAJOR_HAZARD\",\"responsibleParty\":\"新区某化工有限公司\","
                + "\"responsibleDepartment\":\"新区住建局\"}]}");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        JsonNode ids = recorded.json().path("problemIds");
        assertThat(ids.size()).isEqualTo(2);
        return List.of(ids.get(0).asLong(), ids.get(1).asLong());
    }

    private static JsonNode act(String user, long task, String body) {
        Response response = karaf.as(user).post(TASKS + "/" + task + "/actions", body);
        assertThat(response.status()).as(body + " by " + user + ": " + response).isEqualTo(200);
        return response.json();
    }

    private static final String EVIDENCE = "\"evidence\":[{\"description\":\"整改后照片\",\"url\":\"https://example.org/after.jpg\"}]";

    @Test
    void anAdHocCampaignFromInspectionToAssessment() throws IOException {
        long campaign = createCampaign("危化品企业安全隐患专项整治");
        List<Long> tasks = inspectWithTwoFindings(campaign);
        long fixed = tasks.get(0);
        long late = tasks.get(1);
        JsonNode open = karaf.as("integrator").get(TASKS + "/" + late).json();
        assertThat(open.path("status").asText()).isEqualTo("OPEN");
        assertThat(Duration.between(Instant.parse(open.path("foundAt").asText()),
                Instant.parse(open.path("deadline").asText()))).as("major hazard: 3 days").isEqualTo(Duration.ofDays(3));

        // one task: submitted, rejected, resubmitted, accepted
        act("admin", fixed, "{\"action\":\"START\"}");
        assertThat(act("admin", fixed, "{\"action\":\"SUBMIT\"," + EVIDENCE + "}").path("status").asText())
                .isEqualTo("SUBMITTED");
        Response adminAccepts = karaf.as("admin").post(TASKS + "/" + fixed + "/actions", "{\"action\":\"ACCEPT\"}");
        assertThat(adminAccepts.status()).as("only inspectors verify").isEqualTo(403);
        assertThat(act("inspector", fixed, "{\"action\":\"REJECT\",\"comment\":\"标识尺寸不符合要求\"}").path("status").asText())
                .isEqualTo("IN_RECTIFICATION");
        act("inspector", fixed, "{\"action\":\"SUBMIT\"," + EVIDENCE + "}");
        JsonNode accepted = act("inspector", fixed, "{\"action\":\"ACCEPT\",\"comment\":\"复查合格\"}");
        assertThat(accepted.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("evidence").size()).isEqualTo(1);
        assertThat(karaf.as("admin").get(TASKS + "/" + fixed + "/history").json().findValuesAsText("to"))
                .containsExactly("OPEN", "IN_RECTIFICATION", "SUBMITTED", "IN_RECTIFICATION", "SUBMITTED", "ACCEPTED");

        // the other: left to go overdue, then escalated to supervision
        act("admin", late, "{\"action\":\"START\"}");
        try {
            karaf.shell("chrysalis:clock --advance P5D\ncampaigns:tick");
            JsonNode escalated = karaf.as("integrator").get(TASKS + "/" + late).json();
            assertThat(escalated.path("overdue").asBoolean()).isTrue();
            assertThat(escalated.path("escalated").asBoolean()).isTrue();
            assertThat(Instant.parse(escalated.path("supervisionDeadline").asText()))
                    .isAfter(Instant.parse(escalated.path("deadline").asText()));
            assertThat(karaf.as("integrator").get(TASKS + "/" + late + "/history").json().findValuesAsText("action"))
                    .contains("ESCALATE");
            JsonNode overdueList = karaf.as("integrator").get(TASKS + "?campaign=" + campaign + "&overdue=true").json();
            assertThat(overdueList.path("total").asLong()).isEqualTo(1);
            assertThat(overdueList.path("items").get(0).path("id").asLong()).isEqualTo(late);
            assertThat(karaf.shell("campaigns:overdue")).contains("OVERDUE").contains("督办");

            JsonNode progress = karaf.as("integrator").get(API + "/campaigns/" + campaign + "/progress").json()
                    .path("progress");
            assertThat(progress.path("problems").asLong()).isEqualTo(2);
            assertThat(progress.path("rectified").asLong()).isEqualTo(1);
            assertThat(progress.path("closureRate").asDouble()).isEqualTo(0.5);
            assertThat(progress.path("overdue").asLong()).isEqualTo(1);
            assertThat(progress.path("overdueHighSeverity").asLong()).isEqualTo(1);
            assertThat(progress.path("escalated").asLong()).isEqualTo(1);
            assertThat(progress.path("medianDaysToRectify").asDouble()).isEqualTo(0.0);
            assertThat(progress.path("targets").findValuesAsText("met")).containsExactly("false", "false", "true");

            JsonNode ranking = karaf.as("integrator").get(API + "/rankings?campaign=" + campaign).json();
            assertThat(ranking.findValuesAsText("department")).containsExactly("新区生态环境局", "新区住建局");
            assertThat(ranking.get(0).path("score").asDouble()).isEqualTo(100.0);
            // closure 0, timeliness 0 (overdue), never reopened: 0.2 of 100
            assertThat(ranking.get(1).path("score").asDouble()).isEqualTo(20.0);
            assertThat(ranking.get(1).path("rank").asInt()).isEqualTo(2);

            Response csv = karaf.as("integrator").get(API + "/campaigns/" + campaign + "/report.csv");
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv.body())).getRecords();
            assertThat(records).hasSize(3);
            assertThat(records.get(0).get("department")).isEqualTo("新区生态环境局");
            assertThat(records.get(0).get("closureRatePercent")).isEqualTo("100.0");
            assertThat(records.get(1).get("score")).isEqualTo("20.0");
            assertThat(records.get(2).get("problems")).isEqualTo("2");
            assertThat(records.get(2).get("closureRatePercent")).isEqualTo("50.0");

            assertThat(karaf.shell("campaigns:progress " + campaign)).contains("problems 2, rectified 1").contains("NOT MET");
        } finally {
            karaf.shell("chrysalis:clock --reset");
        }
    }

    @Test
    void aReInspectionReopensAnAcceptedTaskWithAFreshDeadline() {
        long campaign = createCampaign("复查专项整治");
        long task = inspectWithTwoFindings(campaign).get(0);
        act("inspector", task, "{\"action\":\"START\"}");
        act("inspector", task, "{\"action\":\"SUBMIT\"," + EVIDENCE + "}");
        act("inspector", task, "{\"action\":\"ACCEPT\"}");
        assertThat(karaf.as("inspector").post(TASKS + "/" + task + "/actions", "{\"action\":\"REOPEN\"}").status())
                .as("reasons are required").isEqualTo(400);
        JsonNode reopened = act("inspector", task, "{\"action\":\"REOPEN\",\"comment\":\"复查发现问题反弹\"}");
        assertThat(reopened.path("status").asText()).isEqualTo("IN_RECTIFICATION");
        assertThat(reopened.path("reopenCount").asInt()).isEqualTo(1);
        assertThat(reopened.hasNonNull("acceptedAt")).isFalse();
        Response again = karaf.as("inspector").post(TASKS + "/" + task + "/actions", "{\"action\":\"ACCEPT\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("allowedActions").toString()).contains("SUBMIT");
    }

    @Test
    void gridHandsSafetyHazardsOverAsTasks() {
        Response reported = karaf.as("grid-worker").post("/api/v1/grid/incidents", "{\"category\":\"safety-hazard\","
                + "\"description\":\"加油站旁违规堆放易燃物\",\"latitude\":36.45,\"longitude\":103.63}");
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        long incident = reported.json().path("incident").path("id").asLong();
        JsonNode transferred = karaf.as("dispatcher").post("/api/v1/grid/incidents/" + incident + "/actions",
                "{\"action\":\"TRANSFER\",\"targetCapability\":\"campaigns\"}").json();
        assertThat(transferred.path("status").asText()).as(transferred.toString()).isEqualTo("TRANSFERRED");
        long taskId = transferred.path("transferCaseId").asLong();
        JsonNode task = karaf.as("admin").get(TASKS + "/" + taskId).json();
        assertThat(task.path("sourceCapability").asText()).isEqualTo("grid");
        assertThat(task.path("sourceCaseId").asText()).isEqualTo(String.valueOf(incident));
        assertThat(task.path("status").asText()).isEqualTo("OPEN");
        assertThat(task.path("severity").asText()).isEqualTo("HIGH");
        assertThat(task.path("description").asText()).contains("加油站旁违规堆放易燃物");
        JsonNode campaign = karaf.as("admin").get(API + "/campaigns/" + task.path("campaignId").asLong()).json();
        assertThat(campaign.path("handoff").asBoolean()).isTrue();
        assertThat(campaign.path("kind").asText()).isEqualTo("STANDING");
        assertThat(campaign.path("keyAreaCode").asText()).isEqualTo("work-safety");
    }

    @Test
    void badInputAndWrongRolesAreRefused() {
        Response bad = karaf.as("admin").post(API + "/campaigns", "{\"name\":\"\",\"kind\":\"AD_HOC\","
                + "\"startDate\":\"2026-11-01\",\"endDate\":\"2026-10-01\",\"targets\":{\"closureRatePercent\":120}}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").findValuesAsText("field"))
                .contains("name", "leadDepartment", "endDate", "targets.closureRatePercent");
        assertThat(karaf.as("admin").post(API + "/campaigns", "{\"kind\":\"SOMETIMES\"}").status()).isEqualTo(400);
        Response unknownArea = karaf.as("admin").post(API + "/campaigns", "{\"name\":\"x\",\"kind\":\"AD_HOC\","
                + "\"leadDepartment\":\"新区住建局\",\"startDate\":\"2026-11-01\",\"endDate\":\"2026-12-01\","
                + "\"areaCodes\":[\"NO-SUCH-AREA\"]}");
        assertThat(unknownArea.status()).isEqualTo(400);
        assertThat(unknownArea.json().path("errors").findValuesAsText("field")).containsExactly("areaCodes");
        assertThat(karaf.as("admin").post(API + "/campaigns", "{not json").status()).isEqualTo(400);
        Response badCode = karaf.as("inspector").post(API + "/inspections", "{\"campaignId\":1,\"siteName\":\"某公司\","
                + "\"creditCode\":\"91620100MA71ABCD1X\"}");
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.json().path("errors").findValuesAsText("field")).containsExactly("creditCode");
        assertThat(karaf.as("inspector").post(API + "/inspections", "{\"campaignId\":999999,\"siteName\":\"某公司\"}")
                .status()).isEqualTo(400);
        Response badState = karaf.as("integrator").get(TASKS + "?state=LOST");
        assertThat(badState.status()).isEqualTo(400);
        assertThat(badState.json().path("errors").findValuesAsText("field")).containsExactly("state");
        assertThat(karaf.as("integrator").get(TASKS + "?limit=5000").status()).isEqualTo(400);
        assertThat(karaf.as("admin").post(TASKS + "/1/actions", "{\"action\":\"ESCALATE\"}").status()).isEqualTo(400);
        assertThat(karaf.as("admin").get(TASKS + "/999999").status()).isEqualTo(404);

        assertThat(karaf.as("inspector").post(API + "/campaigns", "{}").status()).isEqualTo(403);
        assertThat(karaf.as("integrator").post(TASKS + "/1/actions", "{\"action\":\"START\"}").status()).isEqualTo(403);
        assertThat(karaf.as("grid-worker").get(TASKS).status()).isEqualTo(403);
        assertThat(karaf.as("inspector").put(API + "/key-areas/road-traffic", "{\"description\":\"x\"}").status())
                .isEqualTo(403);
        assertThat(karaf.api().get(TASKS).status()).isEqualTo(401);
    }

    @Test
    void tenKeyAreasShipAndAdministratorsEditThem() {
        JsonNode areas = karaf.as("integrator").get(API + "/key-areas").json();
        assertThat(areas.size()).isGreaterThanOrEqualTo(10);
        assertThat(areas.findValuesAsText("code")).contains("urban-rural-environment", "construction-projects",
                "land-demolition", "intermediary-markets", "work-safety", "wage-arrears");
        Response edited = karaf.as("admin").put(API + "/key-areas/road-traffic",
                "{\"description\":\"超限超载、非法营运\"}");
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().path("description").asText()).isEqualTo("超限超载、非法营运");
        assertThat(edited.json().path("name").asText()).isEqualTo("道路交通");
        JsonNode english = karaf.as("integrator").send("GET", API + "/key-areas/road-traffic", null, null,
                java.util.Map.of("Accept-Language", "en")).json();
        assertThat(english.path("label").asText()).isEqualTo("Road traffic");
        JsonNode paths = karaf.api().get("/api/openapi.json").json().path("paths");
        assertThat(paths.has("/api/v1/campaigns/tasks/{id}/actions")).as("the API is in the OpenAPI document").isTrue();
        assertThat(paths.has("/api/v1/campaigns/campaigns/{id}/report.csv")).isTrue();
    }

    @Test
    void demoDataHasTwoAdHocCampaignsAndTasksInEveryState() {
        JsonNode adHoc = karaf.as("integrator").get(API + "/campaigns?kind=AD_HOC&limit=200").json();
        assertThat(adHoc.path("items").findValuesAsText("name")).contains("电动自行车消防安全专项整治", "燃气安全专项整治");
        for (String state : List.of("OPEN", "IN_RECTIFICATION", "SUBMITTED", "ACCEPTED")) {
            assertThat(karaf.as("integrator").get(TASKS + "?state=" + state).json().path("total").asLong())
                    .as(state).isPositive();
        }
        assertThat(karaf.as("integrator").get(API + "/problems?severity=MAJOR_HAZARD").json().path("total").asLong())
                .isPositive();
        assertThat(karaf.as("integrator").get(API + "/inspections").json().path("total").asLong()).isGreaterThanOrEqualTo(3);
        JsonNode byKeyArea = karaf.as("integrator").get(API + "/progress?keyArea=fire-safety").json();
        assertThat(byKeyArea.get(0).path("progress").path("problems").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(karaf.shell("campaigns:list")).contains("燃气安全专项整治");
        assertThat(karaf.shell("campaigns:tasks --state SUBMITTED")).contains("SUBMITTED");
    }

    @Test
    void soapClientsListReadAndAct() {
        assertThat(karaf.api().get(SOAP + "?wsdl").body()).contains("wsdl:definitions").contains("listTasks")
                .contains("progress");
        long campaign = createCampaign("SOAP 专项整治");
        long task = inspectWithTwoFindings(campaign).get(0);
        act("admin", task, "{\"action\":\"START\"}");
        act("admin", task, "{\"action\":\"SUBMIT\"," + EVIDENCE + "}");
        Response list = karaf.as("integrator").soap(SOAP, envelope("listTasks", "<campaignId>" + campaign
                + "</campaignId><status>SUBMITTED</status>"));
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.body()).contains("<status>SUBMITTED</status>").contains("<total>1</total>");
        String id = list.body().replaceAll("(?s).*?<task><id>(\\d+)</id>.*", "$1");
        assertThat(id).isEqualTo(String.valueOf(task));
        Response forbidden = karaf.as("integrator").soap(SOAP, envelope("act", "<id>" + id + "</id><action>ACCEPT</action>"));
        assertThat(forbidden.status()).isEqualTo(403);
        Response accepted = karaf.as("inspector").soap(SOAP, envelope("act", "<id>" + id + "</id><action>ACCEPT</action>"));
        assertThat(accepted.body()).as(accepted.toString()).contains("<status>ACCEPTED</status>");
        Response progress = karaf.as("integrator").soap(SOAP, envelope("progress", "<campaignId>" + campaign + "</campaignId>"));
        assertThat(progress.body()).contains("<problems>2</problems>").contains("<rectified>1</rectified>");
        Response campaigns = karaf.as("integrator").soap(SOAP, envelope("listCampaigns", ""));
        assertThat(campaigns.body()).contains("燃气安全专项整治");
    }

    private static String envelope(String operation, String body) {
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "xmlns:c=\"urn:chrysalis:campaigns:v1\"><soapenv:Body><c:" + operation + ">" + body + "</c:" + operation
                + "></soapenv:Body></soapenv:Envelope>";
    }

    @Test
    void reinstallingCampaignsKeepsItsDataWhileGridAndMediationServe() {
        long campaign = createCampaign("热部署保留数据");
        long task = inspectWithTwoFindings(campaign).get(0);
        ApiClient integrator = karaf.as("integrator");
        LoadLoop.Result load;
        Duration reinstall;
        try (LoadLoop loop = LoadLoop.start(() -> integrator.get("/api/v1/grid/incidents?limit=5"),
                () -> integrator.get("/api/v1/mediation/cases?limit=5"))) {
            karaf.shell("feature:uninstall chrysalis-campaigns");
            assertThat(integrator.get(TASKS + "/" + task).status()).isEqualTo(404);
            Instant start = Instant.now();
            karaf.shell("feature:install chrysalis-campaigns");
            while (integrator.tryGet(TASKS + "/" + task) != 200 && Duration.between(start, Instant.now()).toSeconds() < 60) {
                Thread.onSpinWait();
            }
            reinstall = Duration.between(start, Instant.now());
            load = loop.stop();
        }
        System.out.printf("Campaigns reinstall: task readable again after %d ms; grid and mediation traffic meanwhile:"
                + " %d requests, %d failed%n", reinstall.toMillis(), load.total(), load.failed());
        assertThat(load.total()).isPositive();
        assertThat(load.failed()).as("%s", load.failures()).isZero();
        assertThat(integrator.get(API + "/campaigns/" + campaign).json().path("name").asText()).isEqualTo("热部署保留数据");
        assertThat(integrator.get(TASKS + "/" + task).json().path("status").asText()).isEqualTo("OPEN");
        List<String> refreshed = karaf.refreshedBundles();
        System.out.println("Bundles refreshed: " + refreshed);
        // only what the feature brought is refreshed, because it goes away: no platform bundle is rewired
        assertThat(refreshed).isNotEmpty().allMatch(entry -> entry.endsWith("(Bundle will be uninstalled)"));
        assertThat(refreshed).anyMatch(entry -> entry.startsWith("org.chrysalis.campaigns/"));
    }
}
