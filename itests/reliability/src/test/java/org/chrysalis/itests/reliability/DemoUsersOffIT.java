package org.chrysalis.itests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chrysalis.testkit.ApiClient.Response;
import org.chrysalis.testkit.KarafDistribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code demo.users = false} in {@code etc/org.chrysalis.platform.cfg}, set before the first start as
 * an administrator would: none of the demo users signs in, the district's own administrator does,
 * and the log says the demo users are off instead of warning.
 */
class DemoUsersOffIT {

    private static final String OWN_ADMIN = "district-admin";
    private static final String OWN_PASSWORD = "Pw-" + UUID.randomUUID();
    private static KarafDistribution karaf;
    private static List<String> demoUsers;

    @BeforeAll
    static void bootWithoutDemoUsers() throws Exception {
        karaf = KarafDistribution.unpack();
        karaf.setProperty("etc/org.chrysalis.platform.cfg", "demo.users", "false");
        // the administrator's own account, hashed as jaas:user-add would store it
        Files.writeString(karaf.home().resolve("etc/chrysalis-users.properties"), OWN_ADMIN + " = {CRYPT}"
                + SecurityIT.sha512(OWN_PASSWORD) + "{CRYPT},_g_:admingroup\n", StandardOpenOption.APPEND);
        demoUsers = Files.readAllLines(karaf.home().resolve("etc/chrysalis-demo-users.properties")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("_g_"))
                .map(line -> line.split("\\s*=", 2)[0].strip()).toList();
        karaf.start();
    }

    @AfterAll
    static void shutdown() {
        karaf.close();
    }

    @Test
    void noDemoUserSignsIn() {
        assertThat(demoUsers).hasSize(14).contains("admin", "integrator", "villager6");
        for (String demo : demoUsers) {
            Response answer = karaf.as(demo).get("/api/v1/platform/capabilities");
            assertThat(answer.status()).as(demo + ": " + answer).isEqualTo(401);
        }
        System.out.printf("Demo users off: %d demo users refused (401)%n", demoUsers.size());
    }

    @Test
    void theDemoAdministratorCannotOpenTheShell() throws Exception {
        assertThat(SshLogin.signsIn(karaf.sshPort(), "admin", "admin")).isFalse();
        assertThat(SshLogin.signsIn(karaf.sshPort(), OWN_ADMIN, OWN_PASSWORD)).isTrue();
    }

    @Test
    void theDistrictsOwnAdministratorSignsIn() {
        String authorization = "Basic " + Base64.getEncoder()
                .encodeToString((OWN_ADMIN + ":" + OWN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        Response audit = karaf.api().send("GET", "/api/v1/platform/audit", null, null, Map.of("Authorization", authorization));
        assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
    }

    @Test
    void theLogSaysSoInsteadOfWarning() {
        assertThat(karaf.logLines("Demo users are active")).isEmpty();
        assertThat(karaf.logLines("Demo users are disabled")).hasSize(1);
    }

    /** The switch takes the file out of the realm, it does not delete the demo users. */
    @Test
    void demoUsersStayOnDiskHashed() throws Exception {
        Path demoFile = karaf.home().resolve("etc/chrysalis-demo-users.properties");
        assertThat(Files.readString(demoFile)).contains("admin = {CRYPT}" + SecurityIT.sha512("admin") + "{CRYPT}");
    }
}
