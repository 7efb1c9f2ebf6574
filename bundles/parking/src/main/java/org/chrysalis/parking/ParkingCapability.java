package org.chrysalis.parking;

import java.util.Map;

import org.chrysalis.parking.service.IngestService;
import org.chrysalis.parking.service.SpotDirectory;
import org.chrysalis.platform.api.capability.Capability;
import org.chrysalis.platform.api.capability.Health;

/** Intelligent parking as the platform lists it. */
public class ParkingCapability implements Capability {

    private final SpotDirectory spots;
    private final IngestService ingest;
    private final String version;

    /** @param version the bundle's version (an OSGi Version; only its text is kept) */
    public ParkingCapability(SpotDirectory spots, IngestService ingest, Object version) {
        this.spots = spots;
        this.ingest = ingest;
        this.version = String.valueOf(version);
    }

    @Override
    public String id() {
        return "parking";
    }

    @Override
    public String name() {
        return "智慧停车 Intelligent parking";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String description() {
        return "Lots and spots after FIWARE, sensor occupancy at high rate, sessions with tariff fees, availability near a point.";
    }

    @Override
    public Health health() {
        try {
            return Health.up(Map.of("spots", spots.size(), "observationBatches", ingest.batchesIngested()));
        } catch (RuntimeException e) {
            return Health.down("database: " + e.getClass().getSimpleName());
        }
    }
}
