package org.chrysalis.itests;

import static org.assertj.core.api.Assertions.assertThat;

import org.chrysalis.testkit.ApiClient;
import org.chrysalis.testkit.ApiClient.Response;
import org.chrysalis.testkit.KarafDistribution;
import org.chrysalis.testkit.LoadLoop;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Consumer-dispute mediation on the assembled distribution, and its hand-off from grid. */
class MediationIT {

    private static final String CASES = "/api/v1/mediation/cases";
    private static KarafDistribution karaf;

    @BeforeAll
    static void boot() {
        karaf = KarafDistribution.boot();
    }

    @AfterAll
    static void shutdown() {
        karaf.close();
    }

    private static long file(String merchant, String category) {
        Response filed = karaf.as("admin").post(CASES, "{\"consumerName\":\"张女士\",\"consumerPhone\":\"13700000000\","
                + "\"merchantName\":\"" + merchant + "\",\"merchantCreditCode\":\"91620100MA71ABCD1U\","
                + "\"category\":\"" + category + "\",\"claimAmountFen\":129900,\"facts\":\"购买的冰箱三天后无法制冷，商家拒绝退换\","
                + "\"evidence\":[{\"description\":\"购物小票\",\"url\":\"https://example.org/receipt.jpg\"}]}");
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.json().path("status").asText()).isEqualTo("FILED");
        return filed.json().path("id").asLong();
    }

    private static JsonNode act(String user, long id, String body) {
        Response response = karaf.as(user).post(CASES + "/" + id + "/actions", body);
        assertThat(response.status()).as(body + " by " + user + ": " + response).isEqualTo(200);
        return response.json();
    }

    @Test
    void aCaseGoesFromFilingToFulfilledAgreement() {
        long id = file("新区家电城", "GOODS_QUALITY");
        JsonNode accepted = act("mediator", id, "{\"action\":\"ACCEPT\"}");
        assertThat(accepted.path("status").asText()).isEqualTo("ASSIGNED");
        assertThat(accepted.path("mediatorId").asText()).isNotBlank();
        assertThat(accepted.path("assignmentNote").asText()).contains("rotation");
        assertThat(accepted.path("deadline").asText()).isNotBlank();
        String mediator = accepted.path("mediatorId").asText();
        String worker = mediator.equals("mediator") ? "mediator" : "admin";

        act(worker, id, "{\"action\":\"START\"}");
        act(worker, id, "{\"action\":\"SCHEDULE_SESSION\",\"session\":{\"scheduledAt\":\"2026-12-01T02:00:00Z\","
                + "\"mode\":\"IN_PERSON\",\"place\":\"新区消费纠纷诉前调解中心\",\"attendees\":[\"张女士\",\"家电城经理\"]}}");
        JsonNode agreed = act(worker, id, "{\"action\":\"AGREE\",\"agreement\":{\"terms\":\"退货退款\",\"amountFen\":129900,"
                + "\"dueDate\":\"2026-12-15\"}}");
        assertThat(agreed.path("status").asText()).isEqualTo("AGREEMENT");
        assertThat(act("admin", id, "{\"action\":\"CONFIRM\",\"confirmationNumber\":\"(2026)甘0191民特12号\"}")
                .path("status").asText()).isEqualTo("JUDICIALLY_CONFIRMED");
        assertThat(act(worker, id, "{\"action\":\"FULFIL\"}").path("status").asText()).isEqualTo("FULFILLED");

        assertThat(karaf.as("admin").get(CASES + "/" + id + "/sessions").json().size()).isEqualTo(1);
        JsonNode agreement = karaf.as("integrator").get(CASES + "/" + id + "/agreement").json();
        assertThat(agreement.path("amountFen").asLong()).isEqualTo(129900);
        assertThat(agreement.path("fulfilled").asBoolean()).isTrue();
        JsonNode history = karaf.as("admin").get(CASES + "/" + id + "/history").json();
        assertThat(history.findValuesAsText("to")).containsExactly("FILED", "ACCEPTED", "ASSIGNED", "IN_MEDIATION",
                "IN_MEDIATION", "AGREEMENT", "JUDICIALLY_CONFIRMED", "FULFILLED");
        assertThat(karaf.as("integrator").get("/api/v1/mediation/stats").json().path("successRate").asDouble()).isPositive();
        assertThat(karaf.shell("mediation:case " + id)).contains("FULFILLED");
    }

    @Test
    void failedCasesAreReferredAndWithdrawnOnesEnd() {
        long failed = file("新区装修公司", "HOUSING_DECORATION");
        act("admin", failed, "{\"action\":\"ACCEPT\"}");
        act("admin", failed, "{\"action\":\"START\"}");
        act("admin", failed, "{\"action\":\"FAIL\",\"comment\":\"双方分歧较大\"}");
        assertThat(act("admin", failed, "{\"action\":\"REFER\",\"filingReference\":\"(2026)甘0191民初88号\"}")
                .path("status").asText()).isEqualTo("REFERRED_TO_COURT");

        long withdrawn = file("新区健身房", "PREPAID_CARDS");
        assertThat(act("admin", withdrawn, "{\"action\":\"WITHDRAW\"}").path("status").asText()).isEqualTo("WITHDRAWN");
        Response again = karaf.as("admin").post(CASES + "/" + withdrawn + "/actions", "{\"action\":\"ACCEPT\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().has("allowedActions")).isTrue();
    }

    @Test
    void thePartiesMayAskOnceForAnotherMediator() {
        long id = file("新区驾校", "SERVICES");
        String first = act("admin", id, "{\"action\":\"ACCEPT\"}").path("mediatorId").asText();
        JsonNode reassigned = act("admin", id, "{\"action\":\"REASSIGN\",\"comment\":\"当事人申请更换\"}");
        assertThat(reassigned.path("mediatorId").asText()).isNotEqualTo(first);
        assertThat(karaf.as("admin").post(CASES + "/" + id + "/actions", "{\"action\":\"REASSIGN\"}").status())
                .isEqualTo(409);
        JsonNode rota = karaf.as("integrator").get("/api/v1/mediation/rota").json();
        assertThat(rota.findValuesAsText("id")).contains("mediator");
    }

    @Test
    void anExtensionNeedsConsentAndStaysWithinTheCap() {
        long id = file("新区旅行社", "TRAVEL");
        act("admin", id, "{\"action\":\"ACCEPT\"}");
        act("admin", id, "{\"action\":\"START\"}");
        Response beyondCap = karaf.as("admin").post(CASES + "/" + id + "/actions",
                "{\"action\":\"EXTEND\",\"extensionDays\":45,\"consumerConsents\":true,\"merchantConsents\":true}");
        assertThat(beyondCap.status()).isEqualTo(409);
        Response noConsent = karaf.as("admin").post(CASES + "/" + id + "/actions",
                "{\"action\":\"EXTEND\",\"extensionDays\":10,\"consumerConsents\":true}");
        assertThat(noConsent.status()).isEqualTo(409);
        JsonNode extended = act("admin", id,
                "{\"action\":\"EXTEND\",\"extensionDays\":10,\"consumerConsents\":true,\"merchantConsents\":true}");
        assertThat(extended.path("extended").asBoolean()).isTrue();
        Response twice = karaf.as("admin").post(CASES + "/" + id + "/actions",
                "{\"action\":\"EXTEND\",\"extensionDays\":5,\"consumerConsents\":true,\"merchantConsents\":true}");
        assertThat(twice.status()).isEqualTo(409);
    }

    @Test
    void soapClientsFileReadAndAct() {
        String endpoint = "/soap/mediation/DisputeService";
        assertThat(karaf.api().get(endpoint + "?wsdl").body()).contains("wsdl:definitions").contains("file");
        String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "xmlns:m=\"urn:chrysalis:mediation:v1\"><soapenv:Body><m:file><consumerName>赵先生</consumerName>"
                + "<merchantName>新区通讯店</merchantName><category>SERVICES</category><claimAmountFen>59900</claimAmountFen>"
                + "<facts>套餐被擅自变更</facts></m:file></soapenv:Body></soapenv:Envelope>";
        Response filed = karaf.as("admin").soap(endpoint, envelope);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(200);
        assertThat(filed.body()).contains("<status>FILED</status>");
        String id = filed.body().replaceAll("(?s).*<id>(\\d+)</id>.*", "$1");
        Response accepted = karaf.as("admin").soap(endpoint, envelope.replace("<m:file>", "<m:act>")
                .replace("</m:file>", "</m:act>").replaceAll("<consumerName>.*</facts>", "<id>" + id
                        + "</id><action>ACCEPT</action>"));
        assertThat(accepted.body()).contains("<status>ASSIGNED</status>");
        Response forbidden = karaf.as("grid-worker").soap(endpoint, envelope);
        assertThat(forbidden.status()).isEqualTo(403);
    }

    @Test
    void mediatorsSeeTheirOwnCases() {
        JsonNode mine = karaf.as("mediator").get(CASES + "?limit=200").json();
        assertThat(mine.path("items").findValuesAsText("mediatorId")).allMatch("mediator"::equals);
        long other = file("新区洗衣店", "SERVICES");
        JsonNode assigned = act("admin", other, "{\"action\":\"ACCEPT\"}");
        if ("mediator".equals(assigned.path("mediatorId").asText())) {
            // the rotation gave it to the demo mediator: the parties' one change gives it to someone else
            assigned = act("admin", other, "{\"action\":\"REASSIGN\"}");
        }
        assertThat(assigned.path("mediatorId").asText()).isNotEqualTo("mediator");
        assertThat(karaf.as("mediator").get(CASES + "/" + other).status()).isEqualTo(404);
        assertThat(karaf.as("mediator").post(CASES + "/" + other + "/actions", "{\"action\":\"START\"}").status())
                .isEqualTo(404);
        assertThat(karaf.as("integrator").get(CASES + "/" + other).status()).isEqualTo(200);
    }

    @Test
    void nearDeadlinesAreWarnedAndPassedOnesExpire() {
        long id = file("新区美容院", "PREPAID_CARDS");
        act("admin", id, "{\"action\":\"ACCEPT\"}");
        try {
            karaf.shell("chrysalis:clock --advance P28D\nmediation:tick");
            assertThat(karaf.as("admin").get(CASES + "/" + id + "/history").json().findValuesAsText("detail"))
                    .anyMatch(detail -> detail.contains("is near"));
            assertThat(karaf.as("admin").get(CASES + "/" + id).json().path("dueSoon").asBoolean()).isTrue();
            karaf.shell("chrysalis:clock --advance P3D\nmediation:tick");
            assertThat(karaf.as("admin").get(CASES + "/" + id).json().path("status").asText()).isEqualTo("EXPIRED");
        } finally {
            karaf.shell("chrysalis:clock --reset");
        }
    }

    @Test
    void badInputAndWrongRolesAreRefused() {
        Response bad = karaf.as("admin").post(CASES, "{\"consumerName\":\"\",\"merchantName\":\"x\","
                + "\"merchantCreditCode\":\"123\",\"category\":\"FOOD\",\"claimAmountFen\":-5,\"facts\":\"x\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").findValuesAsText("field"))
                .contains("consumerName", "merchantCreditCode", "claimAmountFen");
        assertThat(karaf.as("admin").post(CASES, "{\"category\":\"NOT_A_CATEGORY\"}").status()).isEqualTo(400);
        assertThat(karaf.as("grid-worker").post(CASES, "{}").status()).isEqualTo(403);
        assertThat(karaf.as("grid-worker").get(CASES).status()).isEqualTo(403);
        assertThat(karaf.api().get(CASES).status()).isEqualTo(401);
        assertThat(karaf.as("integrator").get("/api/v1/mediation/organisations").json().size()).isEqualTo(14);
        assertThat(karaf.as("integrator").get("/api/v1/mediation/mediators").json().size()).isEqualTo(48);
    }

    @Test
    void demoCasesAreThereAtTheirStages() {
        JsonNode cases = karaf.as("integrator").get(CASES + "?limit=200").json().path("items");
        java.util.Map<String, String> byConsumer = new java.util.HashMap<>();
        cases.forEach(c -> byConsumer.putIfAbsent(c.path("consumerName").asText(), c.path("status").asText()));
        // the demo's last case is withdrawn: every case before it was taken to its stage too
        assertThat(byConsumer).containsEntry("刘女士", "FULFILLED").containsEntry("杨先生", "FULFILLED")
                .containsEntry("周女士", "REFERRED_TO_COURT").containsEntry("吴先生", "WITHDRAWN")
                .containsEntry("何女士", "DECLINED");
    }

    @Test
    void gridHandsConsumerDisputesOverAndKeepsTheLink() {
        long incident = reportConsumerDispute();
        JsonNode transferred = karaf.as("dispatcher").post("/api/v1/grid/incidents/" + incident + "/actions",
                "{\"action\":\"TRANSFER\",\"targetCapability\":\"mediation\"}").json();
        assertThat(transferred.path("status").asText()).as(transferred.toString()).isEqualTo("TRANSFERRED");
        long caseId = transferred.path("transferCaseId").asLong();
        JsonNode dispute = karaf.as("admin").get(CASES + "/" + caseId).json();
        assertThat(dispute.path("sourceCapability").asText()).isEqualTo("grid");
        assertThat(dispute.path("sourceCaseId").asText()).isEqualTo(String.valueOf(incident));
        assertThat(dispute.path("status").asText()).isEqualTo("FILED");
    }

    @Test
    void withMediationUninstalledTheHandOffFailsCleanlyAndReinstallKeepsTheCases() {
        long kept = file("新区超市", "FOOD");
        ApiClient integrator = karaf.as("integrator");
        LoadLoop.Result load;
        try (LoadLoop loop = LoadLoop.start(() -> integrator.get("/api/v1/grid/incidents?limit=5"),
                () -> integrator.get("/api/v1/platform/areas?limit=5"))) {
            karaf.shell("feature:uninstall chrysalis-mediation");
            long incident = reportConsumerDispute();
            Response refused = karaf.as("dispatcher").post("/api/v1/grid/incidents/" + incident + "/actions",
                    "{\"action\":\"TRANSFER\",\"targetCapability\":\"mediation\"}");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().path("type").asText()).endsWith("capability-unavailable");
            assertThat(karaf.as("dispatcher").get("/api/v1/grid/incidents/" + incident).json().path("status").asText())
                    .isEqualTo("REPORTED");
            karaf.shell("feature:install chrysalis-mediation");
            karaf.awaitHealthy(java.time.Duration.ofSeconds(60));
            load = loop.stop();
        }
        assertThat(load.failed()).as("%s", load.failures()).isZero();
        assertThat(karaf.as("admin").get(CASES + "/" + kept).json().path("merchantName").asText()).isEqualTo("新区超市");
        System.out.printf("Mediation uninstall/reinstall: %d requests to grid and platform meanwhile, %d failed%n",
                load.total(), load.failed());
    }

    private static long reportConsumerDispute() {
        Response reported = karaf.as("grid-worker").post("/api/v1/grid/incidents", "{\"category\":\"consumer-dispute\","
                + "\"description\":\"商家拒不退还预付卡余额\",\"latitude\":36.45,\"longitude\":103.63}");
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        long id = reported.json().path("incident").path("id").asLong();
        assertThat(karaf.as("dispatcher").get("/api/v1/grid/incidents/" + id).json().path("status").asText())
                .isEqualTo("REPORTED");
        return id;
    }
}
