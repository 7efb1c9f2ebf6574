package org.chrysalis.itests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.chrysalis.testkit.ApiClient;
import org.chrysalis.testkit.ApiClient.Response;
import org.chrysalis.testkit.KarafDistribution;
import org.chrysalis.testkit.LoadLoop;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A capability upgraded at runtime through the admin REST endpoint, with the test ledger's three
 * versions: 1.0.0 writes entries; 2.0.0's migration adds a TOTAL column and backfills it from the
 * existing rows; 2.1.0's migration fails on the existing data. Every entry written before an
 * upgrade must be there, unchanged, after it; the failed upgrade must leave 2.0.0 serving with the
 * schema as it was and say why; the other capabilities keep answering throughout.
 */
class UpgradeIT {

    private static final String FEATURES = "/api/v1/platform/features";
    private static final String ENTRIES = "/api/v1/ledger/entries";
    private static final int ROWS = 200;
    /** Items repeat, so 2.1.0's unique constraint on ITEM cannot hold for the existing rows. */
    private static final int DISTINCT_ITEMS = 50;

    private static KarafDistribution karaf;

    @BeforeAll
    static void boot() {
        karaf = KarafDistribution.boot();
        karaf.shell("feature:repo-add file:" + System.getProperty("chrysalis.ledger.features"));
    }

    @AfterAll
    static void shutdown() {
        karaf.close();
    }

    @Test
    void upgradeKeepsEveryRowAndAFailedMigrationPutsThePreviousVersionBack() {
        ApiClient admin = karaf.as("admin");
        ApiClient integrator = karaf.as("integrator");

        JsonNode ledger = feature(admin);
        assertThat(ledger.path("installed").asBoolean()).isFalse();
        assertThat(texts(ledger.path("availableVersions"))).containsExactly("2.1.0", "2.0.0", "1.0.0");

        assertThat(karaf.featureJob("chrysalis-ledger", "install?version=1.0.0").path("state").asText()).isEqualTo("DONE");
        assertThat(capabilityVersion(admin)).isEqualTo("1.0.0");
        assertThat(feature(admin).path("version").asText()).isEqualTo("1.0.0");

        List<JsonNode> written = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            Response created = admin.post(ENTRIES, "{\"item\":\"item-" + (i % DISTINCT_ITEMS) + "\",\"quantity\":"
                    + (i % 7 + 1) + ",\"unitPrice\":" + (100 + i) + "}");
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.json().has("total")).as("1.0.0 has no total").isFalse();
            written.add(created.json());
        }

        // refused before any job starts: an unknown version, not a version, the version already
        // installed, a second version beside the installed one, a caller who is not an administrator
        assertThat(admin.post(FEATURES + "/chrysalis-ledger/upgrade?version=9.9.9", null).status()).isEqualTo(404);
        assertThat(admin.post(FEATURES + "/chrysalis-ledger/upgrade?version=not-a-version", null).status()).isEqualTo(400);
        assertThat(admin.post(FEATURES + "/chrysalis-ledger/install?version=2.0.0", null).status()).isEqualTo(409);
        assertThat(admin.post(FEATURES + "/chrysalis-ledger/upgrade?version=1.0.0", null).status()).isEqualTo(409);
        assertThat(karaf.as("grid-worker").post(FEATURES + "/chrysalis-ledger/upgrade?version=2.0.0", null).status())
                .isEqualTo(403);

        JsonNode upgraded;
        JsonNode failed;
        LoadLoop.Result load;
        try (LoadLoop loop = LoadLoop.start(
                () -> integrator.get("/api/v1/grid/incidents?limit=5"),
                () -> integrator.get("/api/v1/mediation/cases?limit=5"),
                () -> integrator.get("/api/v1/platform/areas?limit=5"))) {
            upgraded = karaf.featureJob("chrysalis-ledger", "upgrade?version=2.0.0");
            failed = karaf.featureJob("chrysalis-ledger", "upgrade?version=2.1.0");
            load = loop.stop();
        }

        // 2.0.0 serves, every row is intact and carries its backfilled total
        assertThat(upgraded.path("state").asText()).as(upgraded.toString()).isEqualTo("DONE");
        assertThat(upgraded.path("action").asText()).isEqualTo("UPGRADE");
        assertThat(upgraded.path("version").asText()).isEqualTo("2.0.0");
        assertThat(failed.path("state").asText()).as(failed.toString()).isEqualTo("FAILED");
        assertThat(capabilityVersion(admin)).isEqualTo("2.0.0");
        JsonNode shown = feature(admin);
        assertThat(shown.path("version").asText()).isEqualTo("2.0.0");
        assertThat(shown.path("installed").asBoolean()).isTrue();
        int checked = assertIntact(admin, written);

        // the failed migration says why, in words, and left the schema as 2.0.0 made it
        String reason = failed.path("reason").asText();
        assertThat(reason).contains("org.chrysalis.itests.ledger 2.1.0", "ledger-3-category", "duplicate key",
                "Version 2.0.0 was put back and serves again");
        assertThat(reason).doesNotContain("Exception", "\tat ", "liquibase.", "ALTER TABLE");
        JsonNode schema = admin.get(ENTRIES + "/schema").json();
        assertThat(texts(schema.path("columns"))).containsExactly("ID", "ITEM", "QUANTITY", "UNIT_PRICE", "TOTAL");
        assertThat(texts(schema.path("changeSets"))).containsExactly("ledger-1-entry", "ledger-2-total");

        // and 2.0.0 keeps writing
        Response created = admin.post(ENTRIES, "{\"item\":\"after\",\"quantity\":3,\"unitPrice\":250}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("total").asLong()).isEqualTo(750);
        assertThat(admin.get(ENTRIES).json()).hasSize(ROWS + 1);

        // the shell runs the same job and says how it ended
        String shell = karaf.shell("chrysalis:upgrade chrysalis-ledger 2.1.0");
        assertThat(shell).contains("Upgrade failed: Migration of org.chrysalis.itests.ledger 2.1.0",
                "Version 2.0.0 was put back and serves again");
        assertThat(capabilityVersion(admin)).isEqualTo("2.0.0");
        assertThat(admin.get(ENTRIES).json()).hasSize(ROWS + 1);

        // swapping versions refreshed the ledger bundle and nothing else
        List<String> refreshed = karaf.refreshedBundles();
        assertThat(refreshed).isNotEmpty().allMatch(entry -> entry.startsWith("org.chrysalis.itests.ledger/"));

        long upgradeMillis = millis(upgraded);
        System.out.printf("Upgrade 1.0.0 -> 2.0.0: DONE in %d ms; %d of %d rows checked intact with their backfilled total%n",
                upgradeMillis, checked, ROWS);
        System.out.printf("Upgrade 2.0.0 -> 2.1.0: FAILED in %d ms, 2.0.0 serving again; reason: %s%n", millis(failed), reason);
        System.out.printf("Other capabilities during both upgrades: %d calls, %d failed %s%n",
                load.total(), load.failed(), load.failures());
        assertThat(load.total()).isGreaterThan(50);
        assertThat(load.failed()).as("failed calls: %s", load.failures()).isZero();
    }

    /** Every row written by 1.0.0 is there with the same values and its total computed by the migration. */
    private static int assertIntact(ApiClient admin, List<JsonNode> written) {
        JsonNode rows = admin.get(ENTRIES).json();
        assertThat(rows).hasSize(written.size());
        int checked = 0;
        for (int i = 0; i < written.size(); i++) {
            JsonNode before = written.get(i);
            JsonNode after = rows.get(i);
            assertThat(after.path("id").asLong()).isEqualTo(before.path("id").asLong());
            assertThat(after.path("item").asText()).isEqualTo(before.path("item").asText());
            assertThat(after.path("quantity").asInt()).isEqualTo(before.path("quantity").asInt());
            assertThat(after.path("unitPrice").asLong()).isEqualTo(before.path("unitPrice").asLong());
            assertThat(after.path("total").asLong())
                    .isEqualTo(before.path("quantity").asLong() * before.path("unitPrice").asLong());
            checked++;
        }
        return checked;
    }

    private static JsonNode feature(ApiClient admin) {
        for (JsonNode feature : admin.get(FEATURES).json()) {
            if (feature.path("name").asText().equals("chrysalis-ledger")) {
                return feature;
            }
        }
        throw new AssertionError("chrysalis-ledger is not listed");
    }

    private static String capabilityVersion(ApiClient admin) {
        for (JsonNode capability : admin.get("/api/v1/platform/capabilities").json()) {
            if (capability.path("id").asText().equals("ledger")) {
                return capability.path("version").asText();
            }
        }
        return null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static long millis(JsonNode job) {
        return Duration.between(Instant.parse(job.path("requestedAt").asText()),
                Instant.parse(job.path("finishedAt").asText())).toMillis();
    }
}
