package org.chrysalis.emergency.service;

import java.util.Dictionary;
import java.util.HashMap;
import java.util.Map;

import org.chrysalis.emergency.domain.TierWindows;
import org.chrysalis.platform.api.config.ConfigMaps;
import org.osgi.service.cm.ManagedService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pilot's configuration (PID {@value #PID}): each tier's window ({@code window.enterprise},
 * {@code window.park}, {@code window.newArea}, ISO-8601) and how often the escalation scheduler looks
 * ({@code escalation.intervalSeconds}). Re-read on every edit; an invalid edit keeps the previous one.
 */
public class EmergencySettings implements ManagedService {

    public static final String PID = "org.chrysalis.emergency";
    private static final Logger LOG = LoggerFactory.getLogger(EmergencySettings.class);

    private volatile TierWindows windows = TierWindows.DEFAULTS;
    private volatile long intervalSeconds = 5;

    public TierWindows windows() {
        return windows;
    }

    public long intervalSeconds() {
        return intervalSeconds;
    }

    @Override
    public void updated(Dictionary<String, ?> properties) {
        Map<String, String> text = new HashMap<>();
        ConfigMaps.of(properties).forEach((key, value) -> text.put(key, String.valueOf(value)));
        try {
            TierWindows parsed = TierWindows.fromConfig(text);
            String interval = text.get("escalation.intervalSeconds");
            long seconds = interval == null ? 5 : Long.parseLong(interval.trim());
            if (seconds <= 0) {
                throw new IllegalArgumentException("escalation.intervalSeconds must be positive");
            }
            windows = parsed;
            intervalSeconds = seconds;
        } catch (RuntimeException e) {
            LOG.error("Invalid {} configuration, keeping the previous settings: {}", PID, e.getMessage());
        }
    }
}
