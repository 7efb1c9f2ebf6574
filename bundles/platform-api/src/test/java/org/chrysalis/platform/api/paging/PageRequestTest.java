package org.chrysalis.platform.api.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chrysalis.platform.api.problem.ProblemException;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void absentParametersTakeDefaults() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, PageRequest.DEFAULT_LIMIT));
    }

    @Test
    void invalidParametersAreAllReported() {
        assertThatThrownBy(() -> PageRequest.of(-1, 0)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().errors()).extracting("field").containsExactly("offset", "limit"));
    }

    @Test
    void pagesMapTheirItems() {
        Page<Integer> page = new Page<>(java.util.List.of(1, 2), 7, 0, 2);
        assertThat(page.map(String::valueOf)).isEqualTo(new Page<>(java.util.List.of("1", "2"), 7, 0, 2));
    }
}
