package org.chrysalis.campaigns.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.chrysalis.campaigns.domain.ActionRequest.Evidence;
import org.chrysalis.campaigns.domain.CampaignKind;
import org.chrysalis.campaigns.domain.InspectionRecord.ChecklistItem;
import org.chrysalis.campaigns.domain.Progress;
import org.chrysalis.campaigns.domain.Severity;
import org.chrysalis.campaigns.domain.TaskAction;
import org.chrysalis.campaigns.domain.TaskStatus;
import org.chrysalis.campaigns.domain.Targets;

/** What the campaigns capability reads and answers. */
public final class Views {

    private Views() {
    }

    /** A key area; {@code label} is the name in the reader's language (ignored on input). */
    public record KeyArea(String code, String name, String nameEn, String label, String description, Boolean active,
                          Integer sortOrder) {
    }

    public record CampaignView(long id, String name, CampaignKind kind, String kindLabel, String keyAreaCode,
                               String keyAreaLabel, String leadDepartment, List<String> participatingDepartments,
                               LocalDate startDate, LocalDate endDate, List<String> areaCodes, Targets targets,
                               String description, boolean handoff, String createdBy, Instant createdAt) {
    }

    public record InspectionView(long id, long campaignId, String siteName, String creditCode, String address,
                                 String areaCode, String inspector, Instant inspectedAt, List<ChecklistItem> checklist,
                                 String summary, List<Long> problemIds) {
    }

    /** The finding side of a task row: what was found, where, how serious, and how far its rectification is. */
    public record ProblemView(long id, long campaignId, Long inspectionId, String description, Severity severity,
                              String severityLabel, String siteName, String creditCode, String areaCode, Instant foundAt,
                              long taskId, TaskStatus taskStatus, String sourceCapability, String sourceCaseId) {
    }

    public record TaskView(long id, long campaignId, String keyAreaCode, Long inspectionId, String description,
                           Severity severity, String severityLabel, String siteName, String creditCode, String areaCode,
                           String responsibleParty, String responsibleDepartment, String requiredEvidence,
                           TaskStatus status, String statusLabel, Instant foundAt, Instant deadline, boolean overdue,
                           Instant overdueAt, boolean escalated, Instant escalatedAt, Instant supervisionDeadline,
                           boolean supervisionOverdue, Instant submittedAt, Instant acceptedAt, int reopenCount,
                           List<Evidence> evidence, String sourceCapability, String sourceCaseId,
                           Set<TaskAction> allowedActions) {
    }

    public record HistoryEntry(Instant at, String actor, TaskAction action, TaskStatus from, TaskStatus to,
                               String comment, String detail) {
    }

    public record TaskFilter(Long campaignId, String keyAreaCode, String department, TaskStatus status,
                             Severity severity, Boolean overdue) {

        public static final TaskFilter ALL = new TaskFilter(null, null, null, null, null, null);
    }

    /** Progress of one campaign, or of all campaigns of a key area ({@code campaignId} null). */
    public record ProgressView(Long campaignId, String keyAreaCode, String name, LocalDate endDate, Progress progress) {
    }
}
