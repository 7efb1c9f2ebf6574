package org.chrysalis.grid.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class IncidentStatsTest {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");
    private static final Instant DUE = T0.plus(Duration.ofDays(3));
    private static final Instant NOW = T0.plus(Duration.ofDays(10));

    private static IncidentFacts closedAfter(Duration timeToClose) {
        return new IncidentFacts(IncidentStatus.CLOSED, T0, T0.plus(timeToClose), DUE);
    }

    @Test
    void no_incidents_give_zero_counts_and_no_median() {
        var stats = IncidentStats.of(List.of(), NOW);

        assertThat(stats.countsByStatus()).hasSize(IncidentStatus.values().length).containsValue(0L)
                .doesNotContainValue(1L);
        assertThat(stats.countsByStatus().keySet()).containsExactly(IncidentStatus.values());
        assertThat(stats.medianTimeToClose()).isNull();
        assertThat(stats.shareClosedWithinDeadline()).isZero();
        assertThat(stats.overdue()).isZero();
    }

    @Test
    void counts_every_status() {
        var stats = IncidentStats.of(List.of(
                new IncidentFacts(IncidentStatus.REPORTED, T0, null, DUE),
                new IncidentFacts(IncidentStatus.REPORTED, T0, null, DUE),
                new IncidentFacts(IncidentStatus.MERGED, T0, null, DUE),
                closedAfter(Duration.ofDays(1))), T0);

        assertThat(stats.countsByStatus())
                .containsEntry(IncidentStatus.REPORTED, 2L)
                .containsEntry(IncidentStatus.MERGED, 1L)
                .containsEntry(IncidentStatus.CLOSED, 1L)
                .containsEntry(IncidentStatus.ESCALATED, 0L);
    }

    @Test
    void median_of_an_odd_count_is_the_middle_value() {
        var stats = IncidentStats.of(List.of(
                closedAfter(Duration.ofHours(30)), closedAfter(Duration.ofHours(2)), closedAfter(Duration.ofHours(9))),
                NOW);

        assertThat(stats.medianTimeToClose()).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void median_of_an_even_count_is_the_mean_of_the_two_middle_values() {
        var stats = IncidentStats.of(List.of(
                closedAfter(Duration.ofHours(40)), closedAfter(Duration.ofHours(2)),
                closedAfter(Duration.ofHours(9)), closedAfter(Duration.ofHours(4))), NOW);

        assertThat(stats.medianTimeToClose()).isEqualTo(Duration.ofMinutes(390));
    }

    @Test
    void only_closed_incidents_count_for_the_time_to_close() {
        var stats = IncidentStats.of(List.of(
                closedAfter(Duration.ofHours(5)),
                new IncidentFacts(IncidentStatus.REJECTED, T0, T0.plus(Duration.ofMinutes(1)), DUE),
                new IncidentFacts(IncidentStatus.IN_PROGRESS, T0, null, DUE)), T0);

        assertThat(stats.medianTimeToClose()).isEqualTo(Duration.ofHours(5));
        assertThat(stats.shareClosedWithinDeadline()).isEqualTo(1.0);
    }

    @Test
    void share_within_deadline_counts_closing_at_the_deadline_as_on_time() {
        var stats = IncidentStats.of(List.of(
                closedAfter(Duration.ofDays(1)),
                closedAfter(Duration.ofDays(3)),
                closedAfter(Duration.ofDays(3).plusSeconds(1)),
                closedAfter(Duration.ofDays(5))), NOW);

        assertThat(stats.shareClosedWithinDeadline()).isCloseTo(0.5, offset(1e-12));
    }

    @Test
    void counts_overdue_incidents_by_the_deadline_rules() {
        var responseDue = T0.plus(Duration.ofHours(4));
        var now = T0.plus(Duration.ofDays(1));
        var stats = IncidentStats.of(List.of(
                // unanswered past its response deadline
                new IncidentFacts(IncidentStatus.REPORTED, T0, null, DUE, responseDue, null),
                // escalated while unanswered, still unanswered
                new IncidentFacts(IncidentStatus.ESCALATED, T0, null, DUE, responseDue, IncidentStatus.REPORTED),
                // accepted in time, resolution not due yet
                new IncidentFacts(IncidentStatus.ACCEPTED, T0, null, DUE, responseDue, null),
                // past its resolution deadline
                new IncidentFacts(IncidentStatus.IN_PROGRESS, T0.minus(Duration.ofDays(5)), null,
                        DUE.minus(Duration.ofDays(5)), null, null),
                // resolved late, but resolved
                new IncidentFacts(IncidentStatus.RESOLVED, T0.minus(Duration.ofDays(5)), null,
                        DUE.minus(Duration.ofDays(5)), null, null),
                // closed late: history, not overdue
                new IncidentFacts(IncidentStatus.CLOSED, T0.minus(Duration.ofDays(5)), now,
                        DUE.minus(Duration.ofDays(5)), null, null)), now);

        assertThat(stats.overdue()).isEqualTo(3);
        assertThat(stats.shareClosedWithinDeadline()).isZero();
    }

    @Test
    void without_a_response_deadline_only_resolution_deadlines_count() {
        var stats = IncidentStats.of(List.of(new IncidentFacts(IncidentStatus.REPORTED, T0, null, DUE)),
                T0.plus(Duration.ofDays(1)));

        assertThat(stats.overdue()).isZero();
    }
}
