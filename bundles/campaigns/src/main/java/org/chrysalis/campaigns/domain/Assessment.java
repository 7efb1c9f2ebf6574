package org.chrysalis.campaigns.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Progress against targets and the department ranking, from the facts of the tasks. */
public final class Assessment {

    private Assessment() {
    }

    public static Progress progress(List<TaskFacts> tasks, Targets targets, Instant now) {
        long problems = tasks.size();
        long rectified = tasks.stream().filter(TaskFacts::rectified).count();
        long overdue = tasks.stream().filter(t -> t.overdue(now)).count();
        long overdueHigh = tasks.stream().filter(t -> t.overdue(now) && t.severity().isHigh()).count();
        long escalated = tasks.stream().filter(TaskFacts::escalated).count();
        long reopened = tasks.stream().filter(t -> t.reopenCount() > 0).count();
        Double closureRate = problems == 0 ? null : round4((double) rectified / problems);
        Double median = medianDaysToRectify(tasks);

        Targets t = targets == null ? Targets.NONE : targets;
        List<Progress.TargetCheck> checks = new ArrayList<>();
        if (t.closureRatePercent() != null) {
            checks.add(new Progress.TargetCheck("closureRatePercent", t.closureRatePercent(),
                    closureRate == null ? null : round4(closureRate * 100),
                    closureRate == null ? null : closureRate * 100 >= t.closureRatePercent() - 1e-9));
        }
        if (t.maxOverdueHighSeverity() != null) {
            checks.add(new Progress.TargetCheck("maxOverdueHighSeverity", t.maxOverdueHighSeverity(), overdueHigh,
                    overdueHigh <= t.maxOverdueHighSeverity()));
        }
        if (t.maxMedianDays() != null) {
            checks.add(new Progress.TargetCheck("maxMedianDays", t.maxMedianDays(), median,
                    median == null ? null : median <= t.maxMedianDays()));
        }
        return new Progress(problems, rectified, problems - rectified, closureRate, overdue, overdueHigh, escalated,
                reopened, median, checks);
    }

    /**
     * Departments by score, best first; ties by closure rate, then by name, so the order is
     * stable. Equal scores share a rank (1, 2, 2, 4). Departments without tasks are not ranked.
     */
    public static List<DepartmentScore> ranking(List<TaskFacts> tasks, ScoreWeights weights, Instant now) {
        Map<String, List<TaskFacts>> byDepartment = new TreeMap<>();
        for (TaskFacts t : tasks) {
            byDepartment.computeIfAbsent(t.department(), d -> new ArrayList<>()).add(t);
        }
        List<DepartmentScore> unranked = new ArrayList<>();
        byDepartment.forEach((department, own) -> unranked.add(score(department, own, weights, now)));
        unranked.sort(Comparator.comparingDouble(DepartmentScore::score).reversed()
                .thenComparing(Comparator.comparingDouble(DepartmentScore::closureRate).reversed())
                .thenComparing(DepartmentScore::department));
        List<DepartmentScore> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            DepartmentScore d = unranked.get(i);
            int rank = i > 0 && ranked.get(i - 1).score() == d.score() ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new DepartmentScore(rank, d.department(), d.tasks(), d.rectified(), d.closureRate(), d.overdue(),
                    d.onTime(), d.timeliness(), d.reopened(), d.reopenRate(), d.medianDaysToRectify(), d.score()));
        }
        return ranked;
    }

    private static DepartmentScore score(String department, List<TaskFacts> own, ScoreWeights weights, Instant now) {
        long tasks = own.size();
        long rectified = own.stream().filter(TaskFacts::rectified).count();
        long overdue = own.stream().filter(t -> t.overdue(now)).count();
        long onTime = own.stream().filter(TaskFacts::onTime).count();
        long reopened = own.stream().filter(t -> t.reopenCount() > 0).count();
        double closure = (double) rectified / tasks;
        long due = rectified + overdue;
        // nothing due yet means nothing late: a department is not punished for tasks still in time
        double timeliness = due == 0 ? 1.0 : (double) onTime / due;
        double reopenRate = (double) reopened / tasks;
        return new DepartmentScore(0, department, tasks, rectified, round4(closure), overdue, onTime, round4(timeliness),
                reopened, round4(reopenRate), medianDaysToRectify(own), weights.score(closure, timeliness, reopenRate));
    }

    /** Median of the days from finding to acceptance of rectified tasks, to one decimal; null if none. */
    static Double medianDaysToRectify(List<TaskFacts> tasks) {
        double[] days = tasks.stream().filter(t -> t.rectified() && t.acceptedAt() != null)
                .mapToDouble(t -> Duration.between(t.createdAt(), t.acceptedAt()).toMinutes() / 1440.0)
                .sorted().toArray();
        if (days.length == 0) {
            return null;
        }
        int mid = days.length / 2;
        double median = days.length % 2 == 1 ? days[mid] : (days[mid - 1] + days[mid]) / 2;
        return Math.round(median * 10) / 10.0;
    }

    private static double round4(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
