package org.chrysalis.itests.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManagerFactory;

import org.chrysalis.testkit.ApiClient.Response;
import org.chrysalis.testkit.KarafDistribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Secrets and transport, on one distribution started with HTTPS on a self-signed certificate
 * generated for the run: passwords are stored only hashed (demo users and users added right after
 * boot) and never logged; the Karaf shell (SSH) and JMX let nobody in without valid credentials;
 * the demo users, active by default, are announced by one WARN. ({@link DemoUsersOffIT} covers the
 * switch that disables them.)
 */
class SecurityIT {

    /** Users added with {@code jaas:user-add} right after the boot, as the test kit adds them. */
    private static final List<String> CLERKS = List.of("clerk-a", "clerk-b", "clerk-c");
    /** A user whose password is not its name, so that the logs can be searched for it. */
    private static final String AUDITOR = "auditor";
    private static final String AUDITOR_PASSWORD = "Pw-" + UUID.randomUUID();
    private static final String WRONG_PASSWORD = "Wrong-" + UUID.randomUUID();
    private static final List<String> DEMO_USERS = List.of("admin", "grid-worker", "dispatcher", "mediator",
            "village-committee", "villager", "villager2", "villager3", "villager4", "villager5", "villager6",
            "inspector", "parking-operator", "integrator");
    private static final String KEYSTORE_PASSWORD = "ks-" + UUID.randomUUID();

    private static KarafDistribution karaf;
    private static int httpsPort;
    private static X509Certificate certificate;

    @BeforeAll
    static void bootWithHttps() throws Exception {
        karaf = KarafDistribution.unpack();
        Path keystore = karaf.home().resolve("etc/chrysalis-tls.p12");
        run(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair", "-alias", "chrysalis",
                "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", KEYSTORE_PASSWORD, "-keypass", KEYSTORE_PASSWORD);
        certificate = (X509Certificate) load(keystore).getCertificate("chrysalis");
        httpsPort = KarafDistribution.freePort();
        String web = "etc/org.ops4j.pax.web.cfg";
        karaf.setProperty(web, "org.osgi.service.http.secure.enabled", "true");
        karaf.setProperty(web, "org.osgi.service.http.port.secure", String.valueOf(httpsPort));
        karaf.setProperty(web, "org.ops4j.pax.web.ssl.keystore", keystore.toString());
        karaf.setProperty(web, "org.ops4j.pax.web.ssl.keystore.type", "PKCS12");
        karaf.setProperty(web, "org.ops4j.pax.web.ssl.keystore.password", KEYSTORE_PASSWORD);
        karaf.setProperty(web, "org.ops4j.pax.web.ssl.key.password", KEYSTORE_PASSWORD);
        karaf.setProperty(web, "org.ops4j.pax.web.ssl.key.alias", "chrysalis");
        karaf.start();
        // right after the boot, as the platform's own tests and plugins do it
        for (String clerk : CLERKS) {
            karaf.addUser(clerk, "integrator");
        }
        karaf.shell("jaas:realm-manage --realm karaf\njaas:user-add " + AUDITOR + " " + AUDITOR_PASSWORD
                + "\njaas:role-add " + AUDITOR + " integrator\njaas:update");
    }

    @AfterAll
    static void shutdown() {
        karaf.close();
    }

    @Test
    void usersAddedRightAfterBootSignInWithTheirRoles() {
        for (String user : CLERKS) {
            Response answer = karaf.as(user).get("/api/v1/platform/capabilities");
            assertThat(answer.status()).as(user + ": " + answer).isEqualTo(200);
            assertThat(karaf.as(user).get("/api/v1/mediation/stats").status()).as(user + " has its role").isEqualTo(200);
            assertThat(karaf.as(user).get("/api/v1/platform/audit").status()).as(user + " is no admin").isEqualTo(403);
        }
        assertThat(basic(AUDITOR, AUDITOR_PASSWORD).status()).isEqualTo(200);
        assertThat(basic(AUDITOR, AUDITOR).status()).isEqualTo(401);
        for (String demo : DEMO_USERS) {
            assertThat(karaf.as(demo).get("/api/v1/platform/capabilities").status()).as(demo).isEqualTo(200);
        }
        System.out.printf("Passwords: %d users added right after boot and %d demo users signed in%n",
                CLERKS.size() + 1, DEMO_USERS.size());
    }

    @Test
    void noPasswordIsStoredInClear() throws Exception {
        Map<String, String> stored = new java.util.HashMap<>();
        for (String file : List.of("chrysalis-users.properties", "chrysalis-demo-users.properties", "users.properties")) {
            Path path = karaf.home().resolve("etc").resolve(file);
            String text = Files.readString(path);
            assertThat(text).as(file).doesNotContain(AUDITOR_PASSWORD);
            for (String line : text.lines().map(String::strip).toList()) {
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("_g_")) {
                    continue;
                }
                String[] entry = line.split("\\s*=\\s*", 2);
                String password = entry[1].split(",")[0];
                assertThat(password).as(file + ": " + entry[0]).matches("\\{CRYPT\\}[0-9A-F]{128}\\{CRYPT\\}");
                stored.put(entry[0], password);
            }
        }
        assertThat(stored).containsKeys(CLERKS.toArray(String[]::new)).containsKey(AUDITOR)
                .containsKeys(DEMO_USERS.toArray(String[]::new));
        for (String user : CLERKS) {
            assertThat(stored.get(user)).isEqualTo("{CRYPT}" + sha512(user) + "{CRYPT}");
        }
        assertThat(stored.get(AUDITOR)).isEqualTo("{CRYPT}" + sha512(AUDITOR_PASSWORD) + "{CRYPT}");
        System.out.printf("Passwords: %d stored, all SHA-512 hashes%n", stored.size());
    }

    @Test
    void noPasswordIsLogged() throws Exception {
        assertThat(basic(AUDITOR, WRONG_PASSWORD).status()).isEqualTo(401);
        assertThat(sshSignsIn(AUDITOR, WRONG_PASSWORD)).isFalse();
        List<Path> logs = new ArrayList<>(List.of(karaf.home().resolve("console.log")));
        try (Stream<Path> files = Files.walk(karaf.home().resolve("data/log"))) {
            files.filter(Files::isRegularFile).forEach(logs::add);
        }
        for (Path log : logs) {
            String text = Files.readString(log, StandardCharsets.ISO_8859_1);
            assertThat(text).as(log.toString()).doesNotContain(AUDITOR_PASSWORD, WRONG_PASSWORD, KEYSTORE_PASSWORD);
        }
        System.out.printf("Passwords: %d log files searched, none holds a password%n", logs.size());
    }

    @Test
    void aPasswordTheDistrictSetsReplacesTheDemoPassword() {
        String demo = "parking-operator";
        String own = "Own-" + Long.toHexString(System.nanoTime());
        karaf.shell("jaas:realm-manage --realm karaf\njaas:user-add " + demo + " " + own
                + "\njaas:role-add " + demo + " parking-operator\njaas:update");
        assertThat(basic(demo, own).status()).as("the district's password").isEqualTo(200);
        assertThat(basic(demo, demo).status()).as("the published demo password").isEqualTo(401);

        karaf.shell("jaas:realm-manage --realm karaf\njaas:user-delete " + demo + "\njaas:update");
        assertThat(basic(demo, demo).status()).as("the demo user is back once the district's is gone").isEqualTo(200);
        System.out.println("Passwords: a demo user's published password stops working once the district sets its own");
    }

    @Test
    void demoUsersAreAnnouncedOnceWithTheSwitch() {
        List<String> warnings = karaf.logLines("Demo users are active");
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains("WARN", "demo.users = false", "etc/org.chrysalis.platform.cfg", "14 accounts");
    }

    @Test
    void httpsServesTheApiWithTheGeneratedCertificate() throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("chrysalis", certificate);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        HttpClient client = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
        URI base = URI.create("https://localhost:" + httpsPort);

        HttpResponse<String> health = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/platform/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        SSLSession session = health.sslSession().orElseThrow();
        assertThat(session.getPeerCertificates()[0]).isEqualTo(certificate);

        HttpRequest.Builder capabilities = HttpRequest.newBuilder(base.resolve("/api/v1/platform/capabilities"));
        assertThat(client.send(capabilities.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        HttpResponse<String> signedIn = client.send(capabilities.header("Authorization", authorization("integrator", "integrator"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.body()).contains("grid");
        System.out.printf("TLS: %s on port %d, self-signed %s%n", session.getProtocol(), httpsPort,
                certificate.getSubjectX500Principal().getName());
    }

    @Test
    void theShellOverSshNeedsValidCredentials() throws Exception {
        assertThat(sshSignsIn("admin", null)).as("no password").isFalse();
        assertThat(sshSignsIn("admin", WRONG_PASSWORD)).as("wrong password").isFalse();
        assertThat(sshSignsIn("nobody", "nobody")).as("unknown user").isFalse();
        assertThat(sshSignsIn("integrator", "integrator")).as("valid user without the ssh role").isFalse();
        assertThat(sshSignsIn("admin", "admin")).as("administrator").isTrue();
        System.out.printf("SSH on port %d: 4 refused sign-ins, the administrator's accepted%n", karaf.sshPort());
    }

    @Test
    void jmxNeedsValidCredentials() throws Exception {
        JMXServiceURL url = new JMXServiceURL(karaf.jmxServiceUrl());
        // Karaf's JMX authenticator refuses a connection without credentials with IllegalArgumentException
        assertThatThrownBy(() -> JMXConnectorFactory.connect(url, null).close())
                .isInstanceOfAny(SecurityException.class, IllegalArgumentException.class);
        assertThatThrownBy(() -> JMXConnectorFactory.connect(url, credentials("admin", WRONG_PASSWORD)).close())
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> JMXConnectorFactory.connect(url, credentials("nobody", "nobody")).close())
                .isInstanceOf(SecurityException.class);
        try (JMXConnector admin = JMXConnectorFactory.connect(url, credentials("admin", "admin"))) {
            assertThat(admin.getMBeanServerConnection().getMBeanCount()).isPositive();
        }
        System.out.printf("JMX at %s: 3 refused connections, the administrator's accepted%n", url);
    }

    private static Map<String, Object> credentials(String user, String password) {
        return Map.of(JMXConnector.CREDENTIALS, new String[] {user, password});
    }

    private static boolean sshSignsIn(String user, String password) throws IOException {
        return SshLogin.signsIn(karaf.sshPort(), user, password);
    }

    private static Response basic(String user, String password) {
        return karaf.api().send("GET", "/api/v1/platform/capabilities", null, null,
                Map.of("Authorization", authorization(user, password)));
    }

    private static String authorization(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String sha512(String text) throws Exception {
        return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-512")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static KeyStore load(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, KEYSTORE_PASSWORD.toCharArray());
        }
        return store;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
    }
}
