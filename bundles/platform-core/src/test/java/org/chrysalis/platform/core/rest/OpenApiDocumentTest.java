package org.chrysalis.platform.core.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    @Test
    void joinsAddressesAndPathsWithOneSlash() {
        assertThat(OpenApiDocument.join("/api", "/v1/platform/areas")).isEqualTo("/api/v1/platform/areas");
        assertThat(OpenApiDocument.join("/api/v1/grid/", "/incidents/{id}")).isEqualTo("/api/v1/grid/incidents/{id}");
        assertThat(OpenApiDocument.join("/api/v1/fixture", "/")).isEqualTo("/api/v1/fixture");
    }
}
