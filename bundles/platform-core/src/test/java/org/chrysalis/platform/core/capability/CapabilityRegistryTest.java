package org.chrysalis.platform.core.capability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.chrysalis.platform.api.capability.Capability;
import org.chrysalis.platform.api.capability.Health;
import org.junit.jupiter.api.Test;

class CapabilityRegistryTest {

    private static Capability capability(String id, Health health) {
        return new Capability() {
            public String id() { return id; }
            public String name() { return id; }
            public String version() { return "1"; }
            public String description() { return ""; }
            public Health health() { return health; }
        };
    }

    @Test
    void upWhenEveryInstalledCapabilityAnswersUp() {
        var registry = new CapabilityRegistry(List.of(capability("grid", Health.up())));
        var health = registry.health(Health.up(), Set.of("grid"));
        assertThat(health.status()).isEqualTo(Health.Status.UP);
        assertThat(health.components()).containsKeys("platform", "grid");
    }

    @Test
    void anInstalledCapabilityThatHasNotRegisteredIsDown() {
        var registry = new CapabilityRegistry(new ArrayList<>());
        var health = registry.health(Health.up(), Set.of("grid"));
        assertThat(health.status()).isEqualTo(Health.Status.DOWN);
        assertThat(health.components().get("grid").status()).isEqualTo(Health.Status.DOWN);
    }

    @Test
    void aCapabilityThatFailsToAnswerIsReportedDown() {
        Capability broken = capability("parking", null);
        var registry = new CapabilityRegistry(List.of(new Capability() {
            public String id() { return broken.id(); }
            public String name() { return "p"; }
            public String version() { return "1"; }
            public String description() { return ""; }
            public Health health() { throw new IllegalStateException("boom"); }
        }));
        assertThat(registry.health(Health.up(), Set.of()).components().get("parking").status())
                .isEqualTo(Health.Status.DOWN);
    }
}
