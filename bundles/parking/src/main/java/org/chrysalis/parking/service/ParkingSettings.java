package org.chrysalis.parking.service;

import java.time.Duration;
import java.util.Dictionary;
import java.util.Map;

import org.chrysalis.platform.api.config.ConfigMaps;
import org.osgi.service.cm.ManagedService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The capability's configuration (PID {@value #PID}), re-read on every edit; an invalid edit keeps
 * the previous settings.
 */
public class ParkingSettings implements ManagedService {

    public static final String PID = "org.chrysalis.parking";
    private static final Logger LOG = LoggerFactory.getLogger(ParkingSettings.class);

    private volatile Duration flagAfter = Duration.ofHours(24);
    private volatile long flagIntervalSeconds = 300;
    private volatile String ingestApiKey = "";
    private volatile double maxRadiusMeters = 20_000;
    private volatile boolean demoData = true;

    public Duration flagAfter() {
        return flagAfter;
    }

    public long flagIntervalSeconds() {
        return flagIntervalSeconds;
    }

    /** The key devices send in {@code X-Api-Key}; empty means only operators may post observations. */
    public String ingestApiKey() {
        return ingestApiKey;
    }

    public double maxRadiusMeters() {
        return maxRadiusMeters;
    }

    public boolean demoData() {
        return demoData;
    }

    @Override
    public void updated(Dictionary<String, ?> properties) {
        Map<String, Object> map = ConfigMaps.of(properties);
        try {
            Duration after = Duration.parse(text(map, "session.flagAfter", "PT24H"));
            long interval = Long.parseLong(text(map, "flag.intervalSeconds", "300"));
            double radius = Double.parseDouble(text(map, "availability.maxRadiusMeters", "20000"));
            if (after.isNegative() || interval < 1 || radius <= 0) {
                throw new IllegalArgumentException("durations, intervals and radii must be positive");
            }
            flagAfter = after;
            flagIntervalSeconds = interval;
            maxRadiusMeters = radius;
            ingestApiKey = text(map, "ingest.apiKey", "");
            demoData = !"false".equalsIgnoreCase(text(map, "demo.enabled", "true"));
        } catch (RuntimeException e) {
            LOG.error("Invalid {} configuration, keeping the previous settings: {}", PID, e.getMessage());
        }
    }

    private static String text(Map<String, Object> map, String key, String fallback) {
        Object value = map.get(key);
        return value == null ? fallback : value.toString().trim();
    }
}
