package org.chrysalis.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.chrysalis.testkit.ApiClient;
import org.chrysalis.testkit.ApiClient.Response;
import org.chrysalis.testkit.KarafDistribution;
import org.chrysalis.testkit.LoadLoop;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Boots the Chrysalis distribution, hot-deploys this plugin's KAR, works a ticket over REST and SOAP
 * as a user with the plugin's role, and removes the plugin again, while a request loop keeps calling
 * the platform: the platform never notices.
 */
class EmergencyIT {

    private static final String TICKETS = "/api/v1/emergency/tickets";
    private static final Path KAR = Path.of(System.getProperty("plugin.kar"));
    private static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(90);
    private static KarafDistribution karaf;

    @BeforeAll
    static void boot() {
        karaf = KarafDistribution.boot();
        karaf.addUser("emergency-worker", "emergency-worker");
    }

    @AfterAll
    static void shutdown() {
        karaf.close();
    }

    @Test
    void thePluginIsInstalledUsedAndRemovedWhileThePlatformServes() {
        ApiClient worker = karaf.as("emergency-worker");
        try (LoadLoop loop = LoadLoop.start(() -> karaf.as("admin").get("/api/v1/platform/capabilities"))) {
            karaf.deploy(KAR);
            Duration installed = karaf.awaitStatus(worker, TICKETS, 200, DEPLOY_TIMEOUT);
            System.out.println("emergency: KAR deployed and answering after " + installed.toMillis() + " ms");

            Response opened = worker.post(TICKETS, "{\"title\":\"Check the north gate\",\"description\":\"Reported at 08:00\"}");
            assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
            long id = opened.json().path("id").asLong();
            assertThat(opened.json().path("status").asText()).isEqualTo("OPEN");
            assertThat(opened.json().path("allowedActions")).extracting(JsonNode::asText).contains("START", "CANCEL");

            assertThat(worker.post(TICKETS + "/" + id + "/actions", "{\"action\":\"START\"}").json().path("status").asText())
                    .isEqualTo("IN_PROGRESS");
            Response illegal = worker.post(TICKETS + "/" + id + "/actions", "{\"action\":\"START\"}");
            assertThat(illegal.status()).isEqualTo(409);
            assertThat(illegal.isProblem()).isTrue();

            Response invalid = worker.post(TICKETS, "{\"title\":\"\"}");
            assertThat(invalid.status()).isEqualTo(400);
            assertThat(invalid.json().path("errors").get(0).path("field").asText()).isEqualTo("title");
            assertThat(karaf.as("integrator").post(TICKETS, "{\"title\":\"x\"}").status()).isEqualTo(403);
            assertThat(karaf.api().get(TICKETS).status()).isEqualTo(401);

            Response soap = worker.soap("/soap/emergency/TicketService",
                    "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                    + "xmlns:t=\"urn:chrysalis:emergency:v1\"><soapenv:Body><t:act><id>" + id + "</id>"
                    + "<action>FINISH</action></t:act></soapenv:Body></soapenv:Envelope>");
            assertThat(soap.status()).as(soap.toString()).isEqualTo(200);
            assertThat(soap.body()).contains("<status>DONE</status>");

            assertThat(karaf.as("admin").get("/api/v1/platform/capabilities").json().findValuesAsText("id"))
                    .contains("emergency");

            karaf.undeploy(KAR);
            karaf.awaitStatus(worker, TICKETS, 404, DEPLOY_TIMEOUT);

            LoadLoop.Result result = loop.stop();
            System.out.println("emergency: platform calls during deploy and undeploy: " + result.total()
                    + ", failed: " + result.failed());
            assertThat(result.total()).isPositive();
            assertThat(result.failures()).isEmpty();
        }
    }
}
