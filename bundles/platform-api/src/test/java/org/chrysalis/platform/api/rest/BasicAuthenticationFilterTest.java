package org.chrysalis.platform.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class BasicAuthenticationFilterTest {

    @Test
    void readsUserAndPasswordWithColons() {
        String header = "Basic " + Base64.getEncoder().encodeToString("网格员:pa:ss".getBytes(StandardCharsets.UTF_8));
        assertThat(BasicAuthenticationFilter.credentials(header)).hasValueSatisfying(c -> {
            assertThat(c[0]).isEqualTo("网格员");
            assertThat(c[1]).isEqualTo("pa:ss");
        });
    }

    @Test
    void refusesOtherSchemesAndGarbage() {
        assertThat(BasicAuthenticationFilter.credentials("Bearer abc")).isEmpty();
        assertThat(BasicAuthenticationFilter.credentials("Basic !!!")).isEmpty();
        assertThat(BasicAuthenticationFilter.credentials("Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes()))).isEmpty();
    }
}
