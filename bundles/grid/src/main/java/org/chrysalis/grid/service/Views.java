package org.chrysalis.grid.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chrysalis.grid.domain.IncidentAction;
import org.chrysalis.grid.domain.IncidentStatus;
import org.chrysalis.platform.api.area.GeoPoint;

/** What the grid capability reads and answers, shared by REST, SOAP and the shell. */
public final class Views {

    private Views() {
    }

    public record GridInput(String code, String name, String areaCode, Map<String, Object> boundary,
                            GeoPoint centroid, String leadWorker, List<String> workers) {
    }

    public record GridView(String code, String name, String areaCode, Map<String, Object> boundary,
                           GeoPoint centroid, String leadWorker, List<String> workers) {
    }

    public record Department(String code, String name, String contact) {
    }

    public record CategoryInput(String code, String nameZh, String nameEn, String description, String handoff) {
    }

    public record CategoryView(String code, String name, String nameZh, String nameEn, String description,
                               String handoff, Duration responseDeadline, Duration resolutionDeadline) {
    }

    public record Contact(String name, String phone, String email) {
    }

    public record ReportInput(String category, String description, Double latitude, Double longitude,
                              String address, List<String> media, Contact contact) {
    }

    public record IncidentView(long id, String category, String categoryName, String description,
                               Double latitude, Double longitude, String address, List<String> media,
                               String gridCode, IncidentStatus status, String statusLabel,
                               IncidentStatus escalatedFrom, String departmentCode, String reporter,
                               String resolver, Contact contact, String channel, Instant reportedAt,
                               Instant updatedAt, Instant responseDue, Instant resolutionDue, Instant closedAt,
                               boolean overdue, Long mergedInto, String transferredTo, String transferCaseId,
                               Set<IncidentAction> allowedActions) {
    }

    public record Duplicate(long id, double distanceMeters) {
    }

    public record Reported(IncidentView incident, List<Duplicate> possibleDuplicates) {
    }

    public record HistoryEntry(Instant at, String actor, IncidentAction action, IncidentStatus from,
                               IncidentStatus to, String comment, String detail) {
    }

    public record IncidentFilter(IncidentStatus status, String gridCode, String category, Instant from,
                                 Instant to, Boolean overdue) {
    }

    public record LeaderboardRow(int rank, String worker, long points) {
    }

    public record PointsEntry(Instant at, int points, String reason, String link, String gridCode) {
    }

    public record Statement(String worker, long total, List<PointsEntry> entries) {
    }

    public record RuleAdoption(String worker, String title) {
    }
}
