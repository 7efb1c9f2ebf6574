package org.chrysalis.platform.core.features;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CapabilityMarkerTest {

    @Test
    void readsTheIdOfACapabilityFeature() {
        assertThat(CapabilityMarker.id("chrysalis.capability;id=grid")).hasValue("grid");
        assertThat(CapabilityMarker.id("chrysalis.capability; id:String=\"parking\"")).hasValue("parking");
    }

    @Test
    void ignoresOtherCapabilities() {
        assertThat(CapabilityMarker.id("osgi.service;objectClass=javax.sql.DataSource;osgi.jndi.service.name=chrysalis")).isEmpty();
        assertThat(CapabilityMarker.id("chrysalis.capabilityx;id=grid")).isEmpty();
        assertThat(CapabilityMarker.id(null)).isEmpty();
    }
}
