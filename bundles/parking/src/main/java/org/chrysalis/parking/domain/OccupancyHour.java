package org.chrysalis.parking.domain;

import java.time.Instant;

/**
 * A lot's occupancy over one hour, from the samples taken as observations arrived: the mean and
 * the highest number of occupied spots, over the lot's spots then.
 */
public record OccupancyHour(String lotId, Instant hour, long samples, long occupiedSum, int maxOccupied, int totalSpots) {

    public double averageOccupancy() {
        return samples == 0 || totalSpots == 0 ? 0 : Math.round(10000.0 * occupiedSum / samples / totalSpots) / 10000.0;
    }
}
