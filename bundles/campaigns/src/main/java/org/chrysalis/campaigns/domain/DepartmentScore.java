package org.chrysalis.campaigns.domain;

/**
 * One department's line of the performance assessment. {@code timeliness} is the share of its
 * due tasks (rectified, or overdue still open) that were rectified by the deadline;
 * {@code reopenRate} the share of its tasks reopened after acceptance.
 */
public record DepartmentScore(int rank, String department, long tasks, long rectified, double closureRate,
                              long overdue, long onTime, double timeliness, long reopened, double reopenRate,
                              Double medianDaysToRectify, double score) {
}
