package org.chrysalis.platform.core.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FeatureVersionsTest {

    @Test
    void newestFirstByOsgiOrderNotByText() {
        assertThat(FeatureVersions.newestFirst(List.of("1.0.0", "10.0.0", "2.1.0", "2.0.0", "2.0.0")))
                .containsExactly("10.0.0", "2.1.0", "2.0.0", "1.0.0");
    }

    @Test
    void readsMavenSnapshotsAsQualifiers() {
        assertThat(FeatureVersions.newestFirst(List.of("0.1.0-SNAPSHOT", "0.2-SNAPSHOT", "0.1.0")))
                .containsExactly("0.2-SNAPSHOT", "0.1.0-SNAPSHOT", "0.1.0");
    }

    @Test
    void onlyPlainVersionsAreAccepted() {
        assertThat(List.of("2.1.0", "1", "1.2", "0.1.0-SNAPSHOT", "1.0.0.RC1")).allMatch(FeatureVersions::isPlain);
        assertThat(List.of("", "[1,3)", "1.0.0.0.0", "x", "1.0;DROP", "1.0.0 ", "'1'")).noneMatch(FeatureVersions::isPlain);
    }
}
