package org.chrysalis.grid.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * How long an incident of one category may wait.
 *
 * @param response   from report to acceptance (or rejection)
 * @param resolution from report to a resolved incident
 */
public record CategoryDeadlines(Duration response, Duration resolution) {

    public CategoryDeadlines {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(resolution, "resolution");
        if (response.isNegative() || response.isZero() || resolution.isNegative() || resolution.isZero()) {
            throw new IllegalArgumentException("deadlines must be positive: " + response + ", " + resolution);
        }
    }
}
