package org.chrysalis.emergency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TierWindowsTest {

    @Test
    void defaultsAreOneFiveAndTenMinutes() {
        assertThat(TierWindows.DEFAULTS.of(Tier.ENTERPRISE)).isEqualTo(Duration.ofMinutes(1));
        assertThat(TierWindows.DEFAULTS.of(Tier.PARK)).isEqualTo(Duration.ofMinutes(5));
        assertThat(TierWindows.DEFAULTS.of(Tier.NEW_AREA)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void readsIsoDurationsPerKey() {
        var windows = TierWindows.fromConfig(Map.of(
                "window.enterprise", "PT90S", "window.park", " PT3M ", "window.newArea", "PT1H"));
        assertThat(windows).isEqualTo(new TierWindows(Duration.ofSeconds(90), Duration.ofMinutes(3), Duration.ofHours(1)));
    }

    @Test
    void missingOrBlankKeysKeepDefaultsAndForeignKeysAreIgnored() {
        var config = new HashMap<String, String>();
        config.put("window.park", "PT7M");
        config.put("window.newArea", "  ");
        config.put("service.pid", "org.chrysalis.emergency");
        var windows = TierWindows.fromConfig(config);
        assertThat(windows.of(Tier.ENTERPRISE)).isEqualTo(Duration.ofMinutes(1));
        assertThat(windows.of(Tier.PARK)).isEqualTo(Duration.ofMinutes(7));
        assertThat(windows.of(Tier.NEW_AREA)).isEqualTo(Duration.ofMinutes(10));
        assertThat(TierWindows.fromConfig(Map.of())).isEqualTo(TierWindows.DEFAULTS);
        assertThat(TierWindows.fromConfig(null)).isEqualTo(TierWindows.DEFAULTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1M", "5 minutes", "60", "PTM", "P1X"})
    void rejectsValuesThatAreNotIsoDurations(String bad) {
        assertThatThrownBy(() -> TierWindows.fromConfig(Map.of("window.park", bad)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("window.park = '" + bad + "' is not an ISO-8601 duration");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT0S", "-PT1M", "PT-5M"})
    void rejectsZeroAndNegativeWindows(String bad) {
        assertThatThrownBy(() -> TierWindows.fromConfig(Map.of("window.enterprise", bad)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("window.enterprise = '" + bad + "' must be positive");
    }

    @Test
    void reportsEveryBadValueAndUnknownWindowKeyAtOnce() {
        assertThatThrownBy(() -> TierWindows.fromConfig(Map.of(
                "window.enterprise", "soon", "window.newarea", "PT10M", "window.park", "PT0S")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("window.enterprise = 'soon'")
                .hasMessageContaining("window.park = 'PT0S' must be positive")
                .hasMessageContaining("window.newarea is not a known setting");
    }

    @Test
    void constructorRejectsNonPositiveAndNullWindows() {
        assertThatThrownBy(() -> new TierWindows(Duration.ZERO, Duration.ofMinutes(5), Duration.ofMinutes(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window.enterprise");
        assertThatThrownBy(() -> new TierWindows(Duration.ofMinutes(1), Duration.ofMinutes(5), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("window.newArea");
    }
}
