package org.chrysalis.emergency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResourceTest {

    @Test
    void keepsAValidResourceWithTrimmedName() {
        var r = new Resource(ResourceKind.VEHICLE, "  Foam tender ", 2);
        assertThat(r.name()).isEqualTo("Foam tender");
        assertThat(r.quantity()).isEqualTo(2);
        assertThat(r.kind()).isEqualTo(ResourceKind.VEHICLE);
    }

    @Test
    void quantityMustBePositive() {
        assertThatThrownBy(() -> new Resource(ResourceKind.TEAM, "Brigade", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive, not 0");
        assertThatThrownBy(() -> new Resource(ResourceKind.TEAM, "Brigade", -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive, not -1");
    }

    @Test
    void nameAndKindAreRequiredAndNameIsBounded() {
        assertThatThrownBy(() -> new Resource(ResourceKind.MATERIAL, " ", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a name");
        assertThatThrownBy(() -> new Resource(ResourceKind.MATERIAL, "n".repeat(101), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 100");
        assertThatThrownBy(() -> new Resource(null, "Sand", 1)).isInstanceOf(NullPointerException.class);
    }
}
