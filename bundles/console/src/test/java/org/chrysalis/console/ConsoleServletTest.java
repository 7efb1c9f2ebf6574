package org.chrysalis.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleServletTest {

    @Test
    void mapsPagesAndTheLibrary() {
        assertThat(ConsoleServlet.resourceFor("/")).hasValue("console-web/index.html");
        assertThat(ConsoleServlet.resourceFor("/js/app.js")).hasValue("console-web/js/app.js");
        assertThat(ConsoleServlet.resourceFor("/webjars/echarts/5.3.1/dist/echarts.esm.min.js"))
                .hasValue("META-INF/resources/webjars/echarts/5.3.1/dist/echarts.esm.min.js");
    }

    @Test
    void refusesEverythingElseInTheBundle() {
        assertThat(ConsoleServlet.resourceFor("/../OSGI-INF/blueprint/console.xml")).isEmpty();
        assertThat(ConsoleServlet.resourceFor("/js/..%2f..")).isEmpty();
        assertThat(ConsoleServlet.resourceFor("/js/")).isEmpty();
        assertThat(ConsoleServlet.resourceFor("//etc/passwd")).isEmpty();
    }

    @Test
    void namesContentTypes() {
        assertThat(ConsoleServlet.type("console-web/js/app.js")).startsWith("text/javascript");
        assertThat(ConsoleServlet.type("console-web/index.html")).startsWith("text/html");
        assertThat(ConsoleServlet.type("console-web/x.bin")).isEqualTo("application/octet-stream");
    }
}
