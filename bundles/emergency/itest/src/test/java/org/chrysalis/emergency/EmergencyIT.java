package org.chrysalis.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.chrysalis.testkit.ApiClient;
import org.chrysalis.testkit.ApiClient.Response;
import org.chrysalis.testkit.KarafDistribution;
import org.chrysalis.testkit.LoadLoop;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The emergency pilot on the distribution, installed the three ways a plugin reaches a running
 * platform (a KAR in deploy/, a Maven repository with feature:repo-add, the REST admin endpoint),
 * each while grid users keep working, and its alarm path with a tier window missed on a moved clock.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmergencyIT {

    private static final String ALARMS = "/api/v1/emergency/alarms";
    private static final Path KAR = Path.of(System.getProperty("plugin.kar"));
    private static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(90);
    private static final String FEATURES = "mvn:org.chrysalis/chrysalis-emergency-features/"
            + System.getProperty("plugin.version") + "/xml/features";
    private static final String ALARM = "{\"enterpriseName\":\"新区化工园某化工有限公司\",\"creditCode\":\"91350100M000100Y43\","
            + "\"park\":\"精细化工园区\",\"kind\":\"LEAK\",\"description\":\"储罐区氯气泄漏\"%s}";
    private static KarafDistribution karaf;

    @BeforeAll
    static void boot() {
        karaf = KarafDistribution.boot();
        karaf.addUser("enterprise", "emergency-enterprise");
        karaf.addUser("park", "emergency-park");
        karaf.addUser("center", "emergency-center");
    }

    @AfterAll
    static void shutdown() {
        karaf.close();
    }

    private static LoadLoop gridTraffic() {
        return LoadLoop.start(() -> karaf.as("grid-worker").get("/api/v1/grid/incidents?limit=5"),
                () -> karaf.as("admin").get("/api/v1/mediation/cases?limit=5"));
    }

    private static void assertUndisturbed(LoadLoop traffic, String how) {
        LoadLoop.Result result = traffic.stop();
        System.out.printf("emergency via %s: grid and mediation calls %d, failed %d%n", how, result.total(), result.failed());
        assertThat(result.total()).isPositive();
        assertThat(result.failures()).isEmpty();
        assertThat(karaf.refreshedBundles()).allMatch(entry -> entry.startsWith("org.chrysalis.emergency/"),
                "only the pilot's own bundle is ever refreshed");
    }

    @Test
    @Order(1)
    void aKarDroppedIntoDeployInstallsThePilotAndTheLateEnterpriseIsEscalated() {
        assertThat(karaf.as("enterprise").tryGet(ALARMS)).as("not installed by default").isEqualTo(404);
        try (LoadLoop traffic = gridTraffic()) {
            karaf.deploy(KAR);
            Duration installed = karaf.awaitStatus(karaf.as("enterprise"), ALARMS, 200, DEPLOY_TIMEOUT);
            System.out.println("emergency: KAR deployed and answering after " + installed.toMillis() + " ms");

            Response raised = karaf.as("enterprise").post(ALARMS, ALARM.formatted(""));
            assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
            String id = raised.json().path("id").asText();
            assertThat(raised.json().path("tier").asText()).isEqualTo("ENTERPRISE");
            assertThat(raised.json().path("drill").asBoolean()).isFalse();

            try {
                // the enterprise lets its one-minute window pass
                karaf.shell("chrysalis:clock --advance PT70S");
                Response late = karaf.as("enterprise").post(ALARMS + "/" + id + "/actions", "{\"action\":\"ACKNOWLEDGE\"}");
                assertThat(late.status()).as(late.toString()).isEqualTo(403);
                assertThat(late.isProblem()).isTrue();

                JsonNode atPark = karaf.as("park").get(ALARMS + "/" + id).json();
                assertThat(atPark.path("tier").asText()).isEqualTo("PARK");
                assertThat(atPark.path("allowedActions")).extracting(JsonNode::asText).contains("ACKNOWLEDGE");

                act("park", id, "{\"action\":\"ACKNOWLEDGE\",\"note\":\"园区应急指挥中心已接警\"}");
                Response badDispatch = karaf.as("park").post(ALARMS + "/" + id + "/actions",
                        "{\"action\":\"DISPATCH\",\"resources\":[{\"kind\":\"TEAM\",\"name\":\"\",\"quantity\":0}]}");
                assertThat(badDispatch.status()).isEqualTo(400);
                assertThat(badDispatch.json().path("errors").findValuesAsText("field"))
                        .contains("resources[0].name", "resources[0].quantity");
                act("park", id, "{\"action\":\"DISPATCH\",\"resources\":[{\"kind\":\"TEAM\",\"name\":\"园区消防队\",\"quantity\":1},"
                        + "{\"kind\":\"VEHICLE\",\"name\":\"泡沫消防车\",\"quantity\":2},{\"kind\":\"MATERIAL\",\"name\":\"堵漏器材\",\"quantity\":5}]}");
                act("park", id, "{\"action\":\"CONTAIN\",\"note\":\"泄漏已控制\"}");
                JsonNode closed = act("admin", id, "{\"action\":\"CLOSE\",\"note\":\"现场处置完毕\"}");

                assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
                assertThat(closed.path("resources")).hasSize(3);
                assertThat(closed.path("responders").findValuesAsText("actor")).containsExactly("park", "park");
                List<String> timeline = closed.path("timeline").findValuesAsText("kind");
                assertThat(timeline).containsExactly("RAISED", "ESCALATED_ON_TIMEOUT", "ACKNOWLEDGED", "DISPATCHED",
                        "CONTAINED", "CLOSED");

                Response soap = karaf.as("center").soap("/soap/emergency/AlarmService",
                        "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                        + "xmlns:e=\"urn:chrysalis:emergency:v1\"><soapenv:Body><e:getAlarm><id>" + id
                        + "</id></e:getAlarm></soapenv:Body></soapenv:Envelope>");
                assertThat(soap.status()).as(soap.toString()).isEqualTo(200);
                assertThat(soap.body()).contains("<status>CLOSED</status>", "ESCALATED_ON_TIMEOUT");
            } finally {
                karaf.shell("chrysalis:clock --reset");
            }

            karaf.undeploy(KAR);
            karaf.awaitStatus(karaf.as("enterprise"), ALARMS, 404, DEPLOY_TIMEOUT);
            assertUndisturbed(traffic, "KAR in deploy/");
        }
    }

    @Test
    @Order(2)
    void fromAMavenRepositoryWithRepoAddAndTheSchedulerEscalatesADrillOnItsOwn() throws IOException {
        Path repository = unpackRepository(KAR, Path.of(System.getProperty("chrysalis.work"), "plugin-repository"));
        try (LoadLoop traffic = gridTraffic()) {
            karaf.shell("config:property-append -p org.ops4j.pax.url.mvn org.ops4j.pax.url.mvn.repositories \", "
                    + repository.toUri() + "@id=pilots@snapshots\"");
            karaf.shell("feature:repo-add " + FEATURES + "\nfeature:install chrysalis-emergency");
            karaf.awaitStatus(karaf.as("enterprise"), ALARMS, 200, DEPLOY_TIMEOUT);
            assertThat(karaf.as("admin").get(ALARMS).json().path("total").asLong())
                    .as("the alarm of the KAR install is kept").isEqualTo(1);

            String drill = karaf.as("enterprise").post(ALARMS, ALARM.formatted(",\"drill\":true")).json().path("id").asText();
            try {
                karaf.shell("chrysalis:clock --advance PT7M");
                // no one acts: the scheduler itself moves the drill past the enterprise and park windows
                JsonNode escalated = awaitTier(drill, "NEW_AREA");
                assertThat(escalated.path("drill").asBoolean()).isTrue();
                assertThat(escalated.path("timeline").findValuesAsText("kind"))
                        .containsExactly("RAISED", "ESCALATED_ON_TIMEOUT", "ESCALATED_ON_TIMEOUT");
                assertThat(karaf.shell("emergency:alarm " + drill)).contains("DRILL", "NEW_AREA");
            } finally {
                karaf.shell("chrysalis:clock --reset");
            }

            karaf.shell("feature:uninstall chrysalis-emergency");
            karaf.awaitStatus(karaf.as("enterprise"), ALARMS, 404, DEPLOY_TIMEOUT);
            assertUndisturbed(traffic, "feature:repo-add from a Maven repository");
        }
    }

    @Test
    @Order(3)
    void throughTheRestAdminEndpointForAdministratorsOnly() {
        assertThat(karaf.as("integrator").post("/api/v1/platform/features/chrysalis-emergency/install", null).status())
                .isEqualTo(403);
        try (LoadLoop traffic = gridTraffic()) {
            assertThat(karaf.featureJob("chrysalis-emergency", "install").path("state").asText()).isEqualTo("DONE");
            karaf.awaitStatus(karaf.as("enterprise"), ALARMS, 200, DEPLOY_TIMEOUT);
            assertThat(karaf.as("admin").get(ALARMS).json().path("total").asLong()).isEqualTo(2);
            assertThat(karaf.featureJob("chrysalis-emergency", "uninstall").path("state").asText()).isEqualTo("DONE");
            karaf.awaitStatus(karaf.as("enterprise"), ALARMS, 404, DEPLOY_TIMEOUT);
            assertUndisturbed(traffic, "the REST admin endpoint");
        }
    }

    private static JsonNode act(String user, String id, String body) {
        Response response = karaf.as(user).post(ALARMS + "/" + id + "/actions", body);
        assertThat(response.status()).as(body + " by " + user + ": " + response).isEqualTo(200);
        return response.json();
    }

    /**
     * Waits until the scheduler has stored the escalation (its audit entry, written by "system"):
     * reads alone would show it too, since they catch up on missed windows without storing them.
     */
    private static JsonNode awaitTier(String id, String tier) {
        String audit = "/api/v1/platform/audit?capability=emergency&entityId=" + id;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode entries = karaf.as("admin").get(audit).json();
            if (entries.findValuesAsText("action").contains("ESCALATE_TIMEOUT")) {
                JsonNode alarm = karaf.as("admin").get(ALARMS + "/" + id).json();
                assertThat(alarm.path("tier").asText()).isEqualTo(tier);
                return alarm;
            }
            sleep(500);
        }
        throw new AssertionError("the scheduler did not escalate alarm " + id + " to " + tier);
    }

    /** The KAR carries its bundles in a Maven repository layout: that is the repository a team would publish. */
    private static Path unpackRepository(Path kar, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(kar); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (!entry.isDirectory() && entry.getName().startsWith("repository/")) {
                    Path file = target.resolve(entry.getName().substring("repository/".length())).normalize();
                    Files.createDirectories(file.getParent());
                    Files.copy(zip, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
