package org.chrysalis.grid.service;

import java.util.Dictionary;
import java.util.Map;

import org.chrysalis.grid.domain.DeadlinePolicy;
import org.chrysalis.grid.domain.PointsPolicy;
import org.chrysalis.platform.api.config.ConfigMaps;
import org.osgi.service.cm.ManagedService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The capability's configuration (PID {@value #PID}), re-read whenever an administrator edits
 * {@code etc/org.chrysalis.grid.cfg}: deadlines per category, points, radii, escalation interval.
 * An invalid edit is logged and the previous settings stay.
 */
public class GridSettings implements ManagedService {

    public static final String PID = "org.chrysalis.grid";
    private static final Logger LOG = LoggerFactory.getLogger(GridSettings.class);

    private volatile Snapshot current = Snapshot.of(Map.of());

    /** One consistent set of settings. */
    public record Snapshot(DeadlinePolicy deadlines, PointsPolicy points, double placementRadiusMeters,
                           double duplicateRadiusMeters, long escalationIntervalSeconds, boolean demoData) {

        static Snapshot of(Map<String, ?> properties) {
            return new Snapshot(DeadlinePolicy.from(properties), PointsPolicy.from(properties),
                    number(properties, "placement.radiusMeters", 500),
                    number(properties, "duplicates.radiusMeters", 50),
                    (long) number(properties, "escalation.intervalSeconds", 60),
                    !"false".equalsIgnoreCase(String.valueOf(properties.get("demo.enabled"))));
        }

        private static double number(Map<String, ?> properties, String key, double fallback) {
            Object value = properties.get(key);
            if (value == null) {
                return fallback;
            }
            double parsed = Double.parseDouble(value.toString().trim());
            if (parsed <= 0) {
                throw new IllegalArgumentException(key + " must be positive");
            }
            return parsed;
        }
    }

    public Snapshot get() {
        return current;
    }

    @Override
    public void updated(Dictionary<String, ?> properties) {
        try {
            current = Snapshot.of(ConfigMaps.of(properties));
        } catch (RuntimeException e) {
            LOG.error("Invalid {} configuration, keeping the previous settings: {}", PID, e.getMessage());
        }
    }
}
