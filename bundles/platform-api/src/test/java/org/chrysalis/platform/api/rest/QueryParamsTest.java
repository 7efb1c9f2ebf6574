package org.chrysalis.platform.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.chrysalis.platform.api.problem.ProblemException;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void readsDateTimesWithOffsetAsInstants() {
        assertThat(QueryParams.instant("from", "2026-01-31T08:00:00+08:00")).isEqualTo(Instant.parse("2026-01-31T00:00:00Z"));
        assertThat(QueryParams.instant("from", null)).isNull();
        assertThat(QueryParams.instant("from", " ")).isNull();
    }

    @Test
    void anythingElseIsABadRequestNamingTheField() {
        assertThatThrownBy(() -> QueryParams.instant("to", "yesterday")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().errors()).extracting("field").containsExactly("to"));
    }
}
