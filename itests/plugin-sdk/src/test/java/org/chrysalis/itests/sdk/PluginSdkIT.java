package org.chrysalis.itests.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.chrysalis.testkit.ApiClient;
import org.chrysalis.testkit.ApiClient.Response;
import org.chrysalis.testkit.KarafDistribution;
import org.chrysalis.testkit.LoadLoop;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plugin path end to end, as a team piloting a programme walks it: generate a capability from the
 * archetype, build it with its tests, drop its KAR into a running platform, use it over REST and SOAP,
 * remove it, while grid users keep working and notice nothing.
 */
class PluginSdkIT {

    private static final String ID = "pilot";
    private static final String TICKETS = "/api/v1/" + ID + "/tickets";
    private static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(90);
    private static KarafDistribution karaf;

    @BeforeAll
    static void boot() {
        karaf = KarafDistribution.boot();
        karaf.addUser("pilot-worker", ID + "-worker");
    }

    @AfterAll
    static void shutdown() {
        karaf.close();
    }

    @Test
    void aGeneratedPluginBuildsInstallsAnswersAndLeavesWithoutDisturbingGrid() throws IOException {
        Path work = Path.of(System.getProperty("sdk.workDir"));
        WorkDirs.fresh(work);
        Maven maven = Maven.of(Path.of(System.getProperty("sdk.mavenHome")), Path.of(System.getProperty("sdk.repo")),
                Path.of(System.getProperty("sdk.upstreamRepo")), work);
        ApiClient worker = karaf.as("pilot-worker");

        try (LoadLoop grid = LoadLoop.start(() -> karaf.as("grid-worker").get("/api/v1/grid/incidents?limit=5"))) {
            long start = System.nanoTime();
            maven.run(work, "archetype:generate", "-DarchetypeGroupId=org.chrysalis",
                    "-DarchetypeArtifactId=chrysalis-capability-archetype",
                    "-DarchetypeVersion=" + System.getProperty("sdk.platformVersion"),
                    "-DgroupId=org.example.pilot", "-DartifactId=pilot-programme", "-Dversion=1.0.0",
                    "-DcapabilityId=" + ID);
            Path project = work.resolve("pilot-programme");
            long generated = System.nanoTime();
            // with no edits: unit tests, the KAR, and the project's own test on a distribution of its own
            maven.run(project, "verify");
            long built = System.nanoTime();
            Path kar = project.resolve("features/target/pilot-programme-features-1.0.0.kar");
            assertThat(kar).exists();

            karaf.deploy(kar);
            karaf.awaitStatus(worker, TICKETS, 200, DEPLOY_TIMEOUT);
            Response opened = worker.post(TICKETS, "{\"title\":\"First pilot ticket\"}");
            long firstCall = System.nanoTime();
            assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
            System.out.printf("plugin SDK: archetype:generate %d ms, mvn verify (unit tests, KAR, its own itest) %d ms, "
                            + "deploy to first successful call %d ms, total generate -> first call %d ms%n",
                    millis(generated - start), millis(built - generated), millis(firstCall - built),
                    millis(firstCall - start));

            long id = opened.json().path("id").asLong();
            Response soap = worker.soap("/soap/" + ID + "/TicketService",
                    "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                    + "xmlns:t=\"urn:chrysalis:" + ID + ":v1\"><soapenv:Body><t:getTicket><id>" + id
                    + "</id></t:getTicket></soapenv:Body></soapenv:Envelope>");
            assertThat(soap.status()).as(soap.toString()).isEqualTo(200);
            assertThat(soap.body()).contains("First pilot ticket");
            assertThat(karaf.api().get("/soap/" + ID + "/TicketService?wsdl").body()).contains("TicketService");

            karaf.undeploy(kar);
            karaf.awaitStatus(worker, TICKETS, 404, DEPLOY_TIMEOUT);

            LoadLoop.Result result = grid.stop();
            System.out.printf("plugin SDK: grid calls while the plugin came and went: %d, failed: %d%n",
                    result.total(), result.failed());
            assertThat(result.total()).isPositive();
            assertThat(result.failures()).isEmpty();
        }
        assertThat(karaf.refreshedBundles()).allMatch(entry -> entry.startsWith("org.example.pilot."),
                "only the plugin's own bundle is refreshed");
    }

    private static long millis(long nanos) {
        return Duration.ofNanos(nanos).toMillis();
    }
}
