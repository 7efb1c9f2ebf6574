package org.chrysalis.parking.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chrysalis.parking.domain.Tariff;
import org.chrysalis.platform.api.problem.FieldError;

/** What the REST, SOAP and shell layers read and write: plain records, never entities. */
public final class Views {

    private Views() {
    }

    /** A lot as written by an operator (boxed fields are optional). */
    public record LotInput(String id, String name, String areaCode, Double latitude, Double longitude, String address,
                           Set<String> categories, List<String> allowedVehicleTypes, Set<String> occupancyDetectionTypes,
                           String openingHours, Boolean closed, Tariff tariff) {
    }

    public record Lot(String id, String name, String areaCode, double latitude, double longitude, String address,
                      Set<String> categories, List<String> allowedVehicleTypes, Set<String> occupancyDetectionTypes,
                      String openingHours, boolean closed, int totalSpotNumber, int availableSpotNumber,
                      int occupiedSpotNumber, String status, String statusLabel, Tariff tariff,
                      Instant occupancyModified, Instant createdAt, Instant updatedAt) {
    }

    public record Group(String id, String lotId, String name, String description) {
    }

    /** A spot as created by an operator; status defaults to unknown. */
    public record SpotInput(String id, String lotId, String groupId, String name, Double latitude, Double longitude,
                            String status) {
    }

    public record SpotBatch(List<SpotInput> spots) {
    }

    public record Spot(String id, String lotId, String groupId, String name, Double latitude, Double longitude,
                       String status, String statusLabel, Instant observedAt, Long sequence, String eventId,
                       String deviceId) {
    }

    public record SpotFilter(String lotId, String groupId, String status) {
    }

    /** The answer to a batch: counts, and each item that was not applied with why. */
    public record IngestResult(int received, long applied, long duplicate, long stale, long rejected,
                               List<ItemReport> items) {
    }

    public record ItemReport(int index, String eventId, String outcome, List<FieldError> errors) {
    }

    public record EntryInput(String lotId, String plate, String vehicleType, Instant enteredAt) {
    }

    public record ExitInput(Instant exitedAt) {
    }

    public record PaymentInput(String method) {
    }

    public record QuoteInput(String lotId, Instant enteredAt, Instant exitedAt, String vehicleType) {
    }

    public record Quote(String lotId, Instant enteredAt, Instant exitedAt, String vehicleType, long minutes,
                        long feeFen, String reason) {
    }

    public record Session(long id, String lotId, String plate, String vehicleType, Instant enteredAt, Instant exitedAt,
                          Long minutes, Long feeFen, String feeReason, String paymentStatus, String paymentStatusLabel,
                          String paymentMethod, Instant paidAt, boolean flagged, Instant flaggedAt) {
    }

    public record SessionFilter(String lotId, String plate, Boolean open, Boolean flagged, String paymentStatus) {
    }

    public record Availability(String lotId, String name, double latitude, double longitude, long distanceMeters,
                               int totalSpotNumber, int availableSpotNumber, String status, String statusLabel,
                               String openingHours) {
    }

    public record HourRow(String lotId, Instant hour, double averageOccupancy, int maxOccupied, int totalSpots,
                          long samples) {
    }

    public record LotStats(String lotId, String name, int spots, long sessions, double turnover, long revenueFen,
                           double averageOccupancy) {
    }

    public record Stats(Instant from, Instant to, long sessions, long revenueFen, double turnover,
                        List<LotStats> lots, List<Map<String, Object>> peakHours) {
    }
}
