package org.chrysalis.platform.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;

import org.chrysalis.platform.api.problem.ProblemException;
import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {

    @Test
    void bodiesUpToTheLimitPass() throws Exception {
        var stream = new LimitedInputStream(new ByteArrayInputStream(new byte[100]), 100);
        assertThat(stream.readAllBytes()).hasSize(100);
    }

    @Test
    void streamedBodiesPastTheLimitAre413() {
        var stream = new LimitedInputStream(new ByteArrayInputStream(new byte[101]), 100);
        assertThatThrownBy(stream::readAllBytes).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().status()).isEqualTo(413));
    }
}
