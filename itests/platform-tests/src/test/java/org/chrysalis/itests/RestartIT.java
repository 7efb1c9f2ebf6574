package org.chrysalis.itests;

import static org.assertj.core.api.Assertions.assertThat;

import org.chrysalis.testkit.ApiClient;
import org.chrysalis.testkit.KarafDistribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Data survives a restart, and the persistence stack comes back on a warm restart (STACK.md
 * trap 3: Blueprint JPA/transaction namespaces used to hang there; the platform uses JpaTemplate).
 */
class RestartIT {

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
    void dataSurvivesRestartsAndWritesWorkAfterThem() {
        ApiClient admin = karaf.as("admin");
        assertThat(admin.post("/api/v1/platform/areas", "{\"code\":\"R0\",\"name\":\"before\",\"level\":\"NEW_AREA\"}").status())
                .isEqualTo(201);
        for (int restart = 1; restart <= 2; restart++) {
            karaf.restart();
            System.out.printf("Warm restart %d: health 200 after %.1f s%n", restart, karaf.lastBoot().toMillis() / 1000.0);
            assertThat(admin.get("/api/v1/platform/areas/R0").status()).isEqualTo(200);
            var created = admin.post("/api/v1/platform/areas",
                    "{\"code\":\"R" + restart + "\",\"name\":\"after restart\",\"level\":\"TOWN\",\"parentCode\":\"R0\"}");
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
        assertThat(admin.get("/api/v1/platform/areas/R0/children").json().findValuesAsText("code")).containsExactly("R1", "R2");
        assertThat(admin.get("/api/v1/platform/audit?entity=area&user=admin").json().path("total").asInt()).isEqualTo(3);
    }
}
