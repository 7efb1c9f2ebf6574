package org.chrysalis.platform.core.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ApiMismatchTest {

    /** As Karaf 4.4 reports a feature whose bundle imports a platform-api package version it does not have. */
    private static final String KARAF_MESSAGE = "Unable to resolve root: missing requirement [root] osgi.identity; "
            + "osgi.identity=chrysalis-future; type=karaf.feature; version=\"[1.0.0,1.0.0]\"; "
            + "filter:=\"(&(osgi.identity=chrysalis-future)(type=karaf.feature)(version>=1.0.0)(version<=1.0.0))\" "
            + "[caused by: Unable to resolve chrysalis-future/1.0.0: missing requirement [chrysalis-future/1.0.0] "
            + "osgi.identity; osgi.identity=org.example.future; type=osgi.bundle; version=\"[1.0.0,1.0.0]\"; "
            + "resolution:=mandatory [caused by: Unable to resolve org.example.future/1.0.0: missing requirement "
            + "[org.example.future/1.0.0] osgi.wiring.package; filter:=\"(&(osgi.wiring.package="
            + "org.chrysalis.platform.api.capability)(version>=9.0.0)(!(version>=10.0.0)))\"]]";

    @Test
    void namesTheBundleThePackageAndBothVersions() {
        ApiMismatch mismatch = ApiMismatch.find(KARAF_MESSAGE).orElseThrow();
        assertThat(mismatch).isEqualTo(new ApiMismatch("org.example.future/1.0.0",
                "org.chrysalis.platform.api.capability", "[9.0.0, 10.0.0)"));
        assertThat(mismatch.explain("chrysalis-future", Map.of("org.chrysalis.platform.api.capability", "1.0.0")))
                .contains("org.example.future/1.0.0", "[9.0.0, 10.0.0)", "provides version 1.0.0");
    }

    @Test
    void aPackageTheApiDoesNotHaveIsSaidSo() {
        String message = KARAF_MESSAGE.replace("api.capability", "api.tomorrow");
        assertThat(ApiMismatch.find(message).orElseThrow().explain("chrysalis-future", Map.of()))
                .contains("org.chrysalis.platform.api.tomorrow", "no such package");
    }

    @Test
    void otherFailuresAreLeftAsKarafSaidThem() {
        assertThat(ApiMismatch.find("Unable to resolve root: missing requirement osgi.wiring.package; "
                + "filter:=\"(osgi.wiring.package=org.apache.commons.csv)\"")).isEmpty();
        assertThat(ApiMismatch.find(null)).isEmpty();
    }
}
