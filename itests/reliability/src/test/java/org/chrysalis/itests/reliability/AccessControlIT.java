package org.chrysalis.itests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chrysalis.testkit.ApiClient;
import org.chrysalis.testkit.ApiClient.Response;
import org.chrysalis.testkit.KarafDistribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The role × operation matrix, generated from the OpenAPI document's {@code x-chrysalis-roles}: every
 * operation called anonymously and as every demo user (whose one role is their name). Anonymous gets
 * 401 unless the operation is public; a user without a declared role gets 403; a user with one is let
 * through (ids that do not exist, so ownership rules answer 404, not 403); "authenticated" lets every
 * signed-in user through. Anything else is a hole, and so is an operation missing from the roles.
 */
class AccessControlIT {

    private static final List<String> USERS = List.of("admin", "grid-worker", "dispatcher", "mediator",
            "village-committee", "villager", "inspector", "parking-operator", "integrator");
    private static final String MISSING_ID = "999999999";
    private static KarafDistribution karaf;

    @BeforeAll
    static void boot() {
        karaf = KarafDistribution.boot();
    }

    @AfterAll
    static void shutdown() {
        karaf.close();
    }

    @Test
    void everyOperationAnswersEveryUserAsItsDeclaredRolesSay() throws IOException {
        JsonNode document = karaf.api().get("/api/openapi.json").json();
        List<String> holes = new ArrayList<>();
        StringBuilder table = new StringBuilder("| operation | roles | anonymous | " + String.join(" | ", USERS) + " |\n")
                .append("|---|---|---|").append("---|".repeat(USERS.size())).append('\n');
        int calls = 0;
        int operations = 0;
        for (var path = document.path("paths").fields(); path.hasNext(); ) {
            var entry = path.next();
            for (var method = entry.getValue().fields(); method.hasNext(); ) {
                var op = method.next();
                operations++;
                String verb = op.getKey().toUpperCase();
                String template = entry.getKey();
                JsonNode declared = op.getValue().path("x-chrysalis-roles");
                String id = verb + " " + entry.getKey();
                if (declared.isMissingNode()) {
                    holes.add(id + ": declares no roles");
                    continue;
                }
                List<String> roles = new ArrayList<>();
                declared.forEach(r -> roles.add(r.asText()));
                boolean open = roles.contains("*");
                table.append("| ").append(id).append(" | ").append(String.join(", ", roles)).append(" | ");
                Response anonymous = call(karaf.api(), verb, url(template, "anonymous"));
                calls++;
                table.append(cell(anonymous, open ? null : 401, open, holes, id, "anonymous")).append(" | ");
                for (String user : USERS) {
                    Response r = call(karaf.as(user), verb, url(template, user));
                    calls++;
                    boolean allowed = open || roles.contains("authenticated") || roles.contains(user);
                    table.append(cell(r, allowed ? null : 403, allowed, holes, id, user)).append(" | ");
                }
                table.append('\n');
            }
        }
        Path report = Path.of(System.getProperty("chrysalis.work")).resolveSibling("access-matrix.md");
        Files.writeString(report, table, StandardCharsets.UTF_8);
        System.out.println(table);
        System.out.printf("Access matrix: %d operations x %d callers = %d calls; holes %d (table in %s)%n",
                operations, USERS.size() + 1, calls, holes.size(), report.getFileName());
        holes.forEach(h -> System.out.println("  HOLE " + h));
        assertThat(operations).isGreaterThan(40);
        assertThat(holes).isEmpty();
    }

    /** The status for the table; a hole when a refusal was expected and not given, or given and not expected. */
    private static String cell(Response r, Integer refusal, boolean allowed, List<String> holes, String op, String caller) {
        boolean refused = r.status() == 401 || r.status() == 403;
        boolean hole = r.status() >= 500 || (refusal != null ? r.status() != refusal : refused);
        if (hole) {
            holes.add(op + " as " + caller + ": " + r.status() + (allowed ? " (allowed)" : " (expected " + refusal + ")"));
        }
        return hole ? "**" + r.status() + "!**" : String.valueOf(r.status());
    }

    /**
     * Ids that do not exist, except a person in the path ({worker}), who is the caller: reading one's
     * own statement is the rule there, and someone else's is refused by ownership, not by role.
     */
    private static String url(String template, String caller) {
        return template.replace("{worker}", caller).replaceAll("\\{[^}]+}", MISSING_ID);
    }

    private static Response call(ApiClient client, String verb, String url) {
        boolean body = verb.equals("POST") || verb.equals("PUT");
        return client.send(verb, url, body ? "application/json" : null,
                body ? "{}".getBytes(StandardCharsets.UTF_8) : null, Map.of());
    }
}
