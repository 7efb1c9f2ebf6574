package org.chrysalis.itests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chrysalis.itests.reliability.HostileEnvelopes.Envelope;
import org.chrysalis.itests.reliability.HostileRequests.Hostile;
import org.chrysalis.itests.reliability.OpenApiOperations.Operation;
import org.chrysalis.testkit.ApiClient;
import org.chrysalis.testkit.ApiClient.Response;
import org.chrysalis.testkit.KarafDistribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every REST operation of the OpenAPI document and every SOAP operation of every WSDL, called with
 * hostile input as an administrator (so that authorisation passes and validation is what answers).
 * Holes: a 5xx, an invalid request accepted, a 4xx without a problem body (SOAP: without a fault),
 * an answer that echoes a stack trace, an internal class name or a file's content.
 */
class HostileInputIT {

    /** Random strings per free-text field or string path parameter, on top of the fixed ones. */
    private static final int RANDOM_PER_FIELD = 3;
    private static final Pattern LEAK = Pattern.compile(
            "\\tat |Exception|\\b(?:java|javax|org\\.apache|org\\.eclipse|org\\.chrysalis|com\\.fasterxml)\\.[a-z]\\w*\\.|root:x:0:0");
    private static final Pattern WSDL = Pattern.compile("href=\"https?://[^/\"]+(/soap/[^\"?]+)\\?wsdl\"");
    private static final Pattern OPERATION = Pattern.compile("<wsdl:operation name=\"([^\"]+)\">");
    private static final Pattern NAMESPACE = Pattern.compile("targetNamespace=\"([^\"]+)\"");
    private static KarafDistribution karaf;
    private static int serverRefusals;

    @BeforeAll
    static void boot() {
        karaf = KarafDistribution.boot();
    }

    @AfterAll
    static void shutdown() {
        karaf.close();
    }

    @Test
    void everyRestOperationRefusesHostileInputWithAProblem() {
        ApiClient admin = karaf.as("admin");
        List<Operation> operations = OpenApiOperations.read(karaf.api().get("/api/openapi.json").json());
        assertThat(operations).hasSizeGreaterThan(40);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> holes = new ArrayList<>();
        int sent = 0;
        for (Operation op : operations) {
            for (Hostile h : HostileRequests.of(op, RANDOM_PER_FIELD)) {
                Response r = admin.send(h.method(), h.path(), h.contentType(), h.body(), h.headers());
                sent++;
                statuses.merge(r.status(), 1, Integer::sum);
                String hole = restHole(h, r);
                if (hole != null) {
                    holes.add(h.operation() + " [" + h.kind() + "] " + abbreviate(h.path()) + " -> " + hole);
                }
            }
        }
        System.out.printf("Hostile REST requests: %d over %d operations; statuses %s (of the 400s, %d refused by "
                + "the HTTP server before the application); holes %d%n", sent, operations.size(), statuses,
                serverRefusals, holes.size());
        holes.stream().limit(40).forEach(h -> System.out.println("  HOLE " + h));
        assertThat(karaf.api().get("/api/v1/platform/health").json().path("status").asText()).isEqualTo("UP");
        assertThat(admin.get("/api/v1/platform/capabilities").status()).isEqualTo(200);
        assertThat(holes).isEmpty();
    }

    @Test
    void everySoapEndpointAnswersHostileEnvelopesWithAFault() {
        ApiClient admin = karaf.as("admin");
        String services = karaf.api().get("/services").body();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> holes = new ArrayList<>();
        int sent = 0;
        int endpoints = 0;
        for (Matcher m = WSDL.matcher(services); m.find(); endpoints++) {
            String endpoint = m.group(1);
            String wsdl = karaf.api().get(endpoint + "?wsdl").body();
            List<String> operations = new ArrayList<>();
            for (Matcher op = OPERATION.matcher(wsdl); op.find(); ) {
                if (!operations.contains(op.group(1))) {
                    operations.add(op.group(1));
                }
            }
            Matcher ns = NAMESPACE.matcher(wsdl);
            assertThat(ns.find()).as(endpoint).isTrue();
            for (Envelope e : HostileEnvelopes.of(endpoint, ns.group(1), operations)) {
                Response r = admin.send("POST", endpoint, e.contentType(),
                        e.body().getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of("SOAPAction", "\"\""));
                sent++;
                statuses.merge(r.status(), 1, Integer::sum);
                String hole = soapHole(e, r);
                if (hole != null) {
                    holes.add(endpoint + " [" + e.kind() + "] -> " + hole);
                }
            }
        }
        System.out.printf("Hostile SOAP requests: %d over %d endpoints; statuses %s; holes %d%n",
                sent, endpoints, statuses, holes.size());
        holes.stream().limit(40).forEach(h -> System.out.println("  HOLE " + h));
        assertThat(endpoints).isGreaterThanOrEqualTo(3);
        assertThat(karaf.api().get("/api/v1/platform/health").json().path("status").asText()).isEqualTo("UP");
        assertThat(holes).isEmpty();
    }

    /**
     * Jetty itself refuses some requests before any servlet sees them (a NUL in the path): a 400
     * with its own short HTML page, which the application cannot turn into a problem body.
     */
    private static boolean refusedByHttpServer(Response r) {
        return r.status() == 400 && r.contentType().startsWith("text/html") && r.body().contains("Bad Message 400");
    }

    private static String restHole(Hostile h, Response r) {
        if (refusedByHttpServer(r)) {
            serverRefusals++;
            return leak(r.body());
        }
        if (r.status() >= 500) {
            return r.status() + " " + abbreviate(r.body());
        }
        if (h.mustReject() && r.status() < 400) {
            return "accepted with " + r.status() + " " + abbreviate(r.body());
        }
        if (r.status() >= 400 && !r.isProblem()) {
            return r.status() + " without a problem body: " + r.contentType() + " " + abbreviate(r.body());
        }
        return leak(r.body());
    }

    private static String soapHole(Envelope e, Response r) {
        boolean fault = r.body().contains(":Fault>");
        if (r.status() >= 500) {
            return r.status() + " " + abbreviate(r.body());
        }
        if (e.mustReject() && (r.status() < 400 || !fault)) {
            return r.status() + (fault ? "" : " without a fault") + " " + abbreviate(r.body());
        }
        return leak(r.body());
    }

    private static String leak(String body) {
        Matcher m = LEAK.matcher(body);
        return m.find() ? "echoes '" + m.group() + "': " + abbreviate(body) : null;
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
