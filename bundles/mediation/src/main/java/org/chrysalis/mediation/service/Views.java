package org.chrysalis.mediation.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.chrysalis.mediation.domain.DisputeAction;
import org.chrysalis.mediation.domain.DisputeCategory;
import org.chrysalis.mediation.domain.DisputeStatus;

/** What the mediation capability reads and answers. */
public final class Views {

    private Views() {
    }

    public record Organisation(String id, String name, String kind, String contact) {
    }

    public record Mediator(String id, String name, String organisationId, Set<DisputeCategory> specialties,
                           String languages, Boolean active, Integer maxOpenCases, Set<String> merchantLinks,
                           Integer rotaOrder, Set<Integer> dutyDays) {
    }

    public record CaseView(long id, DisputeStatus status, String statusLabel, DisputeCategory category,
                           String consumerName, String consumerPhone, String merchantName, String merchantCode,
                           String merchantContact, long claimFen, String facts, String sourceCapability,
                           String sourceCaseId, String mediatorId, String organisationId, String assignmentNote,
                           Instant filedAt, Instant acceptedAt, Instant deadline, boolean extended, boolean dueSoon,
                           boolean overdue, Instant decidedAt, String declineReason, String agreementTerms,
                           Long agreementFen, LocalDate agreementDue, String confirmationNumber,
                           String filingReference, Set<DisputeAction> allowedActions) {
    }

    public record HistoryEntry(Instant at, String actor, DisputeAction action, DisputeStatus from, DisputeStatus to,
                               String comment, String detail) {
    }

    public record SessionView(long id, Instant scheduledAt, String mode, String place, List<String> attendees,
                              String minutes, String recordedBy) {
    }

    public record CaseFilter(DisputeStatus status, DisputeCategory category, String mediatorId, String organisationId,
                             Boolean overdue) {
    }
}
