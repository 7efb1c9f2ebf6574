package org.chrysalis.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.chrysalis.testkit.ApiClient;
import org.chrysalis.testkit.ApiClient.Response;
import org.chrysalis.testkit.KarafDistribution;
import org.chrysalis.testkit.LoadLoop;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A capability installed and uninstalled with the plain commands an administrator types, while
 * clients keep calling the platform: nobody may notice, and the capability's data must survive.
 */
class HotDeploymentIT {

    private static final String NOTES = "/api/v1/fixture/notes";
    private static final int CYCLES = 3;

    private static KarafDistribution karaf;

    @BeforeAll
    static void boot() {
        karaf = KarafDistribution.boot();
        karaf.shell("feature:repo-add file:" + System.getProperty("chrysalis.fixture.features"));
    }

    @AfterAll
    static void shutdown() {
        karaf.close();
    }

    @Test
    void installAndUninstallWhileTrafficRuns() {
        ApiClient admin = karaf.as("admin");
        ApiClient integrator = karaf.as("integrator");
        List<Long> installs = new ArrayList<>();
        List<Long> uninstalls = new ArrayList<>();
        LoadLoop.Result load;
        try (LoadLoop loop = LoadLoop.start(
                () -> karaf.api().get("/api/v1/platform/health"),
                () -> integrator.get("/api/v1/platform/areas?limit=5"),
                () -> admin.get("/api/v1/platform/capabilities"),
                () -> integrator.soap(Soap.PLATFORM, Soap.envelope("listCapabilities", "")))) {
            for (int cycle = 1; cycle <= CYCLES; cycle++) {
                installs.add(timed(() -> karaf.shell("feature:install chrysalis-fixture"), 200));
                Response created = admin.post(NOTES, "{\"text\":\"cycle " + cycle + "\"}");
                assertThat(created.status()).as(created.toString()).isEqualTo(201);
                assertThat(admin.get(NOTES).json().findValuesAsText("text")).hasSize(cycle);
                assertThat(admin.get("/api/v1/platform/capabilities").json().findValuesAsText("id")).contains("fixture");

                uninstalls.add(timed(() -> karaf.shell("feature:uninstall chrysalis-fixture"), 404));
                assertThat(admin.get("/api/v1/platform/capabilities").json().findValuesAsText("id")).doesNotContain("fixture");
            }
            load = loop.stop();
        }
        System.out.printf("Hot deployment: %d cycles; install to first 200: %s ms; uninstall to 404: %s ms%n",
                CYCLES, installs, uninstalls);
        System.out.printf("Traffic during the cycles: %d requests, %d failed %s%n", load.total(), load.failed(), load.failures());

        assertThat(load.total()).isGreaterThan(100);
        assertThat(load.failed()).as("failed requests: %s", load.failures()).isZero();
        List<String> refreshed = karaf.refreshedBundles();
        System.out.println("Bundles refreshed by the cycles: " + refreshed);
        assertThat(refreshed).isNotEmpty().allMatch(entry -> entry.startsWith("org.chrysalis.itests-fixture/"));
    }

    @Test
    void featuresResourceInstallsAsAJob() {
        ApiClient admin = karaf.as("admin");
        Response accepted = admin.post("/api/v1/platform/features/chrysalis-fixture/install", null);
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.location()).contains("/api/v1/platform/features/jobs/");
        karaf.awaitStatus(admin, NOTES, 200, Duration.ofSeconds(60));
        var job = admin.get(java.net.URI.create(accepted.location()).getPath()).json();
        assertThat(job.path("state").asText()).isEqualTo("DONE");
        System.out.printf("Install through the features resource: job took %d ms in the runtime%n",
                Duration.between(Instant.parse(job.path("requestedAt").asText()),
                        Instant.parse(job.path("finishedAt").asText())).toMillis());

        assertThat(karaf.featureJob("chrysalis-fixture", "uninstall").path("state").asText()).isEqualTo("DONE");
        karaf.awaitStatus(admin, NOTES, 404, Duration.ofSeconds(30));
    }

    /**
     * A plugin built against a platform-api this runtime does not have fails at install time with a
     * sentence naming the package and both versions, not with a stack trace at its first request.
     */
    @Test
    void aPluginForAnotherPlatformApiIsRefusedAtInstallWithAClearReason() throws IOException {
        Path dir = Files.createDirectories(karaf.home().resolve("future-plugin"));
        Path jar = dir.resolve("future.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "org.example.future");
        manifest.getMainAttributes().putValue("Bundle-Version", "1.0.0");
        manifest.getMainAttributes().putValue("Import-Package",
                "org.chrysalis.platform.api.capability;version=\"[9.0,10)\"");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
        Path features = dir.resolve("features.xml");
        Files.writeString(features, "<features name=\"future\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">"
                + "<feature name=\"chrysalis-future\" version=\"1.0.0\"><bundle>" + jar.toUri() + "</bundle></feature>"
                + "</features>");
        karaf.shell("feature:repo-add " + features.toUri());
        try {
            var job = karaf.featureJob("chrysalis-future", "install");
            assertThat(job.path("state").asText()).isEqualTo("FAILED");
            String reason = job.path("reason").asText();
            System.out.println("Plugin for platform-api 9: " + reason);
            assertThat(reason).contains("org.example.future", "org.chrysalis.platform.api.capability",
                    "[9.0.0, 10.0.0)", "provides version 1.0.0");
        } finally {
            karaf.shell("feature:repo-remove " + features.toUri());
        }
    }

    /** Runs the shell command and measures until the fixture endpoint answers {@code status}. */
    private static long timed(Runnable command, int status) {
        Instant start = Instant.now();
        command.run();
        karaf.awaitStatus(karaf.as("admin"), NOTES, status, Duration.ofSeconds(60));
        return Duration.between(start, Instant.now()).toMillis();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
