package org.chrysalis.platform.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;

class JsonProviderTest {

    /** Records whether the container's stream was flushed or closed by the provider. */
    private static final class ContainerStream extends ByteArrayOutputStream {
        boolean flushed;
        boolean closed;

        @Override
        public void flush() {
            flushed = true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void writesTheWholeValueWithoutFlushingOrClosingTheContainersStream() throws Exception {
        ContainerStream out = new ContainerStream();
        new JsonProvider().writeTo(Map.of("name", "网格"), Map.class, Map.class, new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), out);
        // a flush would commit the response before its length is known, so it would go out chunked
        assertThat(out.flushed).isFalse();
        assertThat(out.closed).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"网格\"}");
    }
}
