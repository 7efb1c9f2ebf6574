package org.chrysalis.grid.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlinePolicyTest {

    private static final Instant REPORTED_AT = Instant.parse("2025-03-01T08:00:00Z");

    @Nested
    class Configuration {

        @Test
        void defaults_are_four_hours_and_three_days() {
            var policy = DeadlinePolicy.from(Map.of());

            assertThat(policy.forCategory("pothole"))
                    .isEqualTo(new CategoryDeadlines(Duration.ofHours(4), Duration.ofDays(3)));
            assertThat(policy.forCategory(null)).isEqualTo(policy.forCategory("anything"));
            assertThat(DeadlinePolicy.defaults().forCategory("x")).isEqualTo(policy.forCategory("x"));
        }

        @Test
        void defaults_can_be_configured() {
            var policy = DeadlinePolicy.from(Map.of(
                    "deadline.default.response", "PT2H",
                    "deadline.default.resolution", "P5D"));

            assertThat(policy.forCategory("pothole"))
                    .isEqualTo(new CategoryDeadlines(Duration.ofHours(2), Duration.ofDays(5)));
        }

        @Test
        void a_category_overrides_the_defaults_and_inherits_what_it_does_not_set() {
            var policy = DeadlinePolicy.from(Map.of(
                    "deadline.default.resolution", "P5D",
                    "deadline.water-leak.response", "PT30M",
                    "deadline.water-leak.resolution", "PT12H",
                    "deadline.graffiti.resolution", "P14D"));

            assertThat(policy.forCategory("water-leak"))
                    .isEqualTo(new CategoryDeadlines(Duration.ofMinutes(30), Duration.ofHours(12)));
            assertThat(policy.forCategory("graffiti"))
                    .isEqualTo(new CategoryDeadlines(Duration.ofHours(4), Duration.ofDays(14)));
            assertThat(policy.forCategory("pothole"))
                    .isEqualTo(new CategoryDeadlines(Duration.ofHours(4), Duration.ofDays(5)));
        }

        @Test
        void other_keys_and_blank_values_are_ignored_and_values_are_trimmed() {
            var policy = DeadlinePolicy.from(Map.of(
                    "service.pid", "org.chrysalis.grid",
                    "points.reportAccepted", "3",
                    "deadline.default.response", "",
                    "deadline.noise.resolution", " PT6H "));

            assertThat(policy.forCategory("pothole").response()).isEqualTo(Duration.ofHours(4));
            assertThat(policy.forCategory("noise").resolution()).isEqualTo(Duration.ofHours(6));
        }

        @ParameterizedTest
        @ValueSource(strings = {"4 hours", "PT", "P1W", "-PT1H", "PT0S", "12"})
        void a_value_that_is_not_a_positive_iso_duration_is_refused_naming_the_key(String value) {
            assertThatThrownBy(() -> DeadlinePolicy.from(Map.of("deadline.pothole.response", value)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("deadline.pothole.response");
        }

        @ParameterizedTest
        @ValueSource(strings = {"deadline.pothole.resolve", "deadline.response", "deadline..resolution"})
        void a_misspelt_deadline_key_is_refused(String key) {
            assertThatThrownBy(() -> DeadlinePolicy.from(Map.of(key, "PT1H")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(key);
        }
    }

    @Nested
    class Arithmetic {

        private final DeadlinePolicy policy = DeadlinePolicy.from(Map.of(
                "deadline.water-leak.response", "PT30M",
                "deadline.water-leak.resolution", "PT12H"));

        @Test
        void due_dates_count_from_the_report() {
            assertThat(policy.responseDue("water-leak", REPORTED_AT)).isEqualTo(Instant.parse("2025-03-01T08:30:00Z"));
            assertThat(policy.resolutionDue("water-leak", REPORTED_AT)).isEqualTo(Instant.parse("2025-03-01T20:00:00Z"));
            assertThat(policy.responseDue("pothole", REPORTED_AT)).isEqualTo(Instant.parse("2025-03-01T12:00:00Z"));
            assertThat(policy.resolutionDue("pothole", REPORTED_AT)).isEqualTo(Instant.parse("2025-03-04T08:00:00Z"));
        }

        @Test
        void days_are_24_hours_across_month_ends() {
            var lateFebruary = Instant.parse("2024-02-28T23:00:00Z");

            assertThat(policy.resolutionDue("pothole", lateFebruary)).isEqualTo(Instant.parse("2024-03-02T23:00:00Z"));
        }
    }

    @Nested
    class Overdue {

        private final Instant responseDue = Instant.parse("2025-03-01T12:00:00Z");
        private final Instant resolutionDue = Instant.parse("2025-03-04T08:00:00Z");
        private final Instant beforeResponse = Instant.parse("2025-03-01T11:00:00Z");
        private final Instant afterResponse = Instant.parse("2025-03-01T12:00:01Z");
        private final Instant afterResolution = Instant.parse("2025-03-04T08:00:01Z");

        private boolean overdue(IncidentStatus status, IncidentStatus resume, Instant now) {
            return DeadlinePolicy.isOverdue(status, resume, responseDue, resolutionDue, now);
        }

        @Test
        void a_report_left_unanswered_past_its_response_deadline_is_overdue() {
            assertThat(overdue(IncidentStatus.REPORTED, null, beforeResponse)).isFalse();
            assertThat(overdue(IncidentStatus.REPORTED, null, responseDue)).isFalse();
            assertThat(overdue(IncidentStatus.REPORTED, null, afterResponse)).isTrue();
        }

        @Test
        void an_accepted_incident_only_has_its_resolution_deadline_left() {
            assertThat(overdue(IncidentStatus.ACCEPTED, null, afterResponse)).isFalse();
            assertThat(overdue(IncidentStatus.ACCEPTED, null, resolutionDue)).isFalse();
            assertThat(overdue(IncidentStatus.ACCEPTED, null, afterResolution)).isTrue();
        }

        @ParameterizedTest
        @EnumSource(value = IncidentStatus.class, names = {"REPORTED", "ACCEPTED", "DISPATCHED", "IN_PROGRESS", "REOPENED"})
        void open_unresolved_incidents_are_overdue_past_their_resolution_deadline(IncidentStatus status) {
            assertThat(overdue(status, null, afterResolution)).isTrue();
        }

        @ParameterizedTest
        @EnumSource(value = IncidentStatus.class,
                names = {"RESOLVED", "VERIFIED", "CLOSED", "REJECTED", "MERGED", "TRANSFERRED"})
        void resolved_verified_and_terminal_incidents_are_never_overdue(IncidentStatus status) {
            assertThat(overdue(status, null, afterResponse)).isFalse();
            assertThat(overdue(status, null, afterResolution)).isFalse();
        }

        @Test
        void an_incident_escalated_while_reported_still_awaits_its_response() {
            assertThat(overdue(IncidentStatus.ESCALATED, IncidentStatus.REPORTED, afterResponse)).isTrue();
            assertThat(overdue(IncidentStatus.ESCALATED, IncidentStatus.REPORTED, beforeResponse)).isFalse();
        }

        @Test
        void an_incident_escalated_later_only_counts_its_resolution_deadline() {
            assertThat(overdue(IncidentStatus.ESCALATED, IncidentStatus.ACCEPTED, afterResponse)).isFalse();
            assertThat(overdue(IncidentStatus.ESCALATED, IncidentStatus.ACCEPTED, afterResolution)).isTrue();
        }

        @Test
        void a_missing_deadline_never_falls_due() {
            assertThat(DeadlinePolicy.isOverdue(IncidentStatus.REPORTED, null, null, null, afterResolution)).isFalse();
        }

        @Test
        void an_overdue_working_incident_should_be_escalated() {
            assertThat(DeadlinePolicy.shouldEscalate(IncidentStatus.REPORTED, responseDue, resolutionDue, afterResponse))
                    .isTrue();
            assertThat(DeadlinePolicy.shouldEscalate(IncidentStatus.IN_PROGRESS, responseDue, resolutionDue,
                    afterResolution)).isTrue();
        }

        @Test
        void an_incident_on_time_should_not_be_escalated() {
            assertThat(DeadlinePolicy.shouldEscalate(IncidentStatus.REPORTED, responseDue, resolutionDue, beforeResponse))
                    .isFalse();
            assertThat(DeadlinePolicy.shouldEscalate(IncidentStatus.DISPATCHED, responseDue, resolutionDue,
                    afterResponse)).isFalse();
        }

        @Test
        void an_escalated_incident_is_overdue_but_not_escalated_again() {
            assertThat(DeadlinePolicy.isOverdue(IncidentStatus.ESCALATED, IncidentStatus.DISPATCHED, responseDue,
                    resolutionDue, afterResolution)).isTrue();
            assertThat(DeadlinePolicy.shouldEscalate(IncidentStatus.ESCALATED, responseDue, resolutionDue,
                    afterResolution)).isFalse();
        }

        @ParameterizedTest
        @EnumSource(value = IncidentStatus.class, names = {"RESOLVED", "VERIFIED", "CLOSED"})
        void finished_work_is_never_escalated(IncidentStatus status) {
            assertThat(DeadlinePolicy.shouldEscalate(status, responseDue, resolutionDue, afterResolution)).isFalse();
        }
    }
}
