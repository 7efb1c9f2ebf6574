package org.chrysalis.campaigns.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RectificationPolicyTest {

    private static final Instant FOUND = Instant.parse("2026-11-02T02:00:00Z");

    /** A clock the test moves by hand, as chrysalis:clock moves the platform's. */
    private static final class TestClock {
        private Instant now = FOUND;

        Instant now() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    @Test
    void deadlinesFollowSeverityWithDefaults() {
        var policy = RectificationPolicy.from(Map.of());
        assertThat(policy.deadline(Severity.LOW, FOUND)).isEqualTo(FOUND.plus(Duration.ofDays(30)));
        assertThat(policy.deadline(Severity.MEDIUM, FOUND)).isEqualTo(FOUND.plus(Duration.ofDays(15)));
        assertThat(policy.deadline(Severity.HIGH, FOUND)).isEqualTo(FOUND.plus(Duration.ofDays(7)));
        assertThat(policy.deadline(Severity.MAJOR_HAZARD, FOUND)).isEqualTo(FOUND.plus(Duration.ofDays(3)));
    }

    @Test
    void deadlinesAreConfigurable() {
        var policy = RectificationPolicy.from(Map.of("deadline.MAJOR_HAZARD", "PT48H", "deadline.LOW", " P60D ",
                "escalation.after", "PT0S", "supervision.period", "P3D"));
        assertThat(policy.deadlineFor(Severity.MAJOR_HAZARD)).isEqualTo(Duration.ofHours(48));
        assertThat(policy.deadlineFor(Severity.LOW)).isEqualTo(Duration.ofDays(60));
        assertThat(policy.deadlineFor(Severity.HIGH)).isEqualTo(Duration.ofDays(7));
        assertThat(policy.escalationAfter()).isZero();
        assertThat(policy.supervisionDeadline(FOUND)).isEqualTo(FOUND.plus(Duration.ofDays(3)));
    }

    @Test
    void invalidConfigurationIsRefused() {
        assertThatThrownBy(() -> RectificationPolicy.from(Map.of("deadline.HIGH", "seven days")))
                .hasMessageContaining("deadline.HIGH");
        assertThatThrownBy(() -> RectificationPolicy.from(Map.of("deadline.HIGH", "PT0S")))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> RectificationPolicy.from(Map.of("escalation.after", "-PT1H")))
                .hasMessageContaining("escalation.after");
        assertThatThrownBy(() -> RectificationPolicy.from(Map.of("supervision.period", "PT0S")))
                .hasMessageContaining("supervision.period");
    }

    @Test
    void aTaskBecomesOverdueAfterItsDeadlineAndIsEscalatedAfterTheDelay() {
        var policy = RectificationPolicy.from(Map.of());
        var clock = new TestClock();
        Instant deadline = policy.deadline(Severity.MAJOR_HAZARD, clock.now());

        clock.advance(Duration.ofDays(3));
        assertThat(policy.isOverdue(TaskStatus.IN_RECTIFICATION, deadline, clock.now())).as("at the deadline").isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(policy.isOverdue(TaskStatus.IN_RECTIFICATION, deadline, clock.now())).isTrue();
        assertThat(policy.isDueForEscalation(TaskStatus.IN_RECTIFICATION, deadline, null, clock.now())).isFalse();

        clock.advance(Duration.ofDays(1));
        assertThat(policy.isDueForEscalation(TaskStatus.IN_RECTIFICATION, deadline, null, clock.now())).isTrue();
        assertThat(policy.isDueForEscalation(TaskStatus.OPEN, deadline, null, clock.now())).isTrue();
        assertThat(policy.isDueForEscalation(TaskStatus.IN_RECTIFICATION, deadline, clock.now(), clock.now()))
                .as("escalated once only").isFalse();
        assertThat(policy.supervisionDeadline(clock.now())).isEqualTo(clock.now().plus(Duration.ofDays(7)));
    }

    @Test
    void submittedAndAcceptedTasksAreNeitherOverdueNorEscalated() {
        var policy = RectificationPolicy.from(Map.of());
        Instant deadline = policy.deadline(Severity.LOW, FOUND);
        Instant late = deadline.plus(Duration.ofDays(10));
        assertThat(policy.isOverdue(TaskStatus.SUBMITTED, deadline, late)).isFalse();
        assertThat(policy.isOverdue(TaskStatus.ACCEPTED, deadline, late)).isFalse();
        assertThat(policy.isDueForEscalation(TaskStatus.SUBMITTED, deadline, null, late)).isFalse();
    }
}
