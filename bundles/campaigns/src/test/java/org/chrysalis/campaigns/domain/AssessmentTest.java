package org.chrysalis.campaigns.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AssessmentTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant NOW = T0.plus(Duration.ofDays(20));

    private static TaskFacts accepted(String department, Severity severity, int deadlineDays, double daysToAccept) {
        return new TaskFacts(department, severity, TaskStatus.ACCEPTED, T0, T0.plus(Duration.ofDays(deadlineDays)),
                T0.plus(Duration.ofMinutes(Math.round(daysToAccept * 1440))), false, 0);
    }

    private static TaskFacts open(String department, Severity severity, TaskStatus status, int deadlineDays) {
        return new TaskFacts(department, severity, status, T0, T0.plus(Duration.ofDays(deadlineDays)), null,
                false, 0);
    }

    @Test
    void anEmptyCampaignHasNoRatesAndMeetsOnlyTheCountTargets() {
        Progress p = Assessment.progress(List.of(), new Targets(95, 0, 10), NOW);
        assertThat(p.problems()).isZero();
        assertThat(p.rectified()).isZero();
        assertThat(p.closureRate()).isNull();
        assertThat(p.medianDaysToRectify()).isNull();
        assertThat(p.targets()).extracting(Progress.TargetCheck::name, Progress.TargetCheck::met).containsExactly(
                org.assertj.core.groups.Tuple.tuple("closureRatePercent", null),
                org.assertj.core.groups.Tuple.tuple("maxOverdueHighSeverity", true),
                org.assertj.core.groups.Tuple.tuple("maxMedianDays", null));
        assertThat(Assessment.ranking(List.of(), ScoreWeights.DEFAULT, NOW)).isEmpty();
    }

    @Test
    void closureRateOverdueAndMedianAreCountedAgainstTargets() {
        List<TaskFacts> tasks = List.of(
                accepted("环保局", Severity.LOW, 30, 2),
                accepted("环保局", Severity.HIGH, 7, 4),
                accepted("住建局", Severity.MEDIUM, 15, 9),
                open("住建局", Severity.MAJOR_HAZARD, TaskStatus.IN_RECTIFICATION, 3),
                open("住建局", Severity.LOW, TaskStatus.SUBMITTED, 3));
        Progress p = Assessment.progress(tasks, new Targets(95, 0, 5), NOW);
        assertThat(p.problems()).isEqualTo(5);
        assertThat(p.rectified()).isEqualTo(3);
        assertThat(p.open()).isEqualTo(2);
        assertThat(p.closureRate()).isEqualTo(0.6);
        assertThat(p.overdue()).as("the submitted one is with the inspector, not overdue").isEqualTo(1);
        assertThat(p.overdueHighSeverity()).isEqualTo(1);
        assertThat(p.medianDaysToRectify()).isEqualTo(4.0);
        assertThat(p.targets()).extracting(Progress.TargetCheck::met).containsExactly(false, false, true);
        assertThat(p.targets().get(0).actual()).isEqualTo(60.0);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        List<TaskFacts> tasks = List.of(accepted("a", Severity.LOW, 30, 1), accepted("a", Severity.LOW, 30, 2),
                accepted("a", Severity.LOW, 30, 4), accepted("a", Severity.LOW, 30, 10));
        assertThat(Assessment.medianDaysToRectify(tasks)).isEqualTo(3.0);
    }

    @Test
    void aFullyClosedCampaignMeetsItsClosureTarget() {
        Progress p = Assessment.progress(List.of(accepted("a", Severity.LOW, 30, 1)), new Targets(95, 0, null), NOW);
        assertThat(p.closureRate()).isEqualTo(1.0);
        assertThat(p.targets()).extracting(Progress.TargetCheck::met).containsExactly(true, true);
    }

    @Test
    void departmentsAreRankedByTheWeightedScore() {
        List<TaskFacts> tasks = List.of(
                // 环保局: 2 of 2 rectified on time -> 100
                accepted("环保局", Severity.LOW, 30, 2), accepted("环保局", Severity.HIGH, 7, 4),
                // 住建局: 1 of 2 rectified, late; the other overdue; reopened once
                new TaskFacts("住建局", Severity.MEDIUM, TaskStatus.ACCEPTED, T0, T0.plus(Duration.ofDays(5)),
                        T0.plus(Duration.ofDays(9)), false, 1),
                open("住建局", Severity.MAJOR_HAZARD, TaskStatus.IN_RECTIFICATION, 3),
                // 市场监管局: nothing rectified yet, nothing due yet
                open("市场监管局", Severity.LOW, TaskStatus.OPEN, 30));
        var ranking = Assessment.ranking(tasks, ScoreWeights.DEFAULT, NOW);
        assertThat(ranking).extracting(DepartmentScore::department).containsExactly("环保局", "市场监管局", "住建局");
        DepartmentScore first = ranking.get(0);
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.closureRate()).isEqualTo(1.0);
        assertThat(first.timeliness()).isEqualTo(1.0);
        assertThat(first.score()).isEqualTo(100.0);
        // 0.5*0 + 0.3*1 (nothing due) + 0.2*(1-0) = 0.5
        assertThat(ranking.get(1).score()).isEqualTo(50.0);
        DepartmentScore last = ranking.get(2);
        assertThat(last.closureRate()).isEqualTo(0.5);
        assertThat(last.overdue()).isEqualTo(1);
        assertThat(last.timeliness()).isEqualTo(0.0);
        assertThat(last.reopenRate()).isEqualTo(0.5);
        // 0.5*0.5 + 0.3*0 + 0.2*0.5 = 0.35
        assertThat(last.score()).isEqualTo(35.0);
        assertThat(last.rank()).isEqualTo(3);
    }

    @Test
    void equalScoresShareARankAndWeightsAreConfigurable() {
        List<TaskFacts> tasks = List.of(accepted("乙", Severity.LOW, 30, 1), accepted("甲", Severity.LOW, 30, 1),
                open("丙", Severity.LOW, TaskStatus.IN_RECTIFICATION, 3));
        var ranking = Assessment.ranking(tasks, ScoreWeights.from(Map.of("score.closureWeight", "1",
                "score.timelinessWeight", "0", "score.reopenWeight", "0")), NOW);
        assertThat(ranking).extracting(DepartmentScore::rank).containsExactly(1, 1, 3);
        assertThat(ranking).extracting(DepartmentScore::score).containsExactly(100.0, 100.0, 0.0);
    }

    @Test
    void weightsMustBeUsable() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ScoreWeights(0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScoreWeights.from(Map.of("score.reopenWeight", "x")))
                .hasMessageContaining("score.reopenWeight");
    }
}
