package org.chrysalis.emergency.service;

import java.time.Duration;
import java.util.Dictionary;
import java.util.Map;

import org.chrysalis.platform.api.config.ConfigMaps;
import org.osgi.service.cm.ManagedService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The capability's configuration (PID {@value #PID}), re-read on every edit; an invalid edit keeps
 * the previous settings, so a typo in the console never takes the capability down.
 */
public class EmergencySettings implements ManagedService {

    public static final String PID = "org.chrysalis.emergency";
    private static final Logger LOG = LoggerFactory.getLogger(EmergencySettings.class);

    private volatile Duration ticketDeadline = Duration.ofDays(3);

    /** How long a new ticket has before it is due ({@code ticket.deadline}, ISO-8601, default P3D). */
    public Duration ticketDeadline() {
        return ticketDeadline;
    }

    @Override
    public void updated(Dictionary<String, ?> properties) {
        Map<String, Object> map = ConfigMaps.of(properties);
        try {
            Object deadline = map.get("ticket.deadline");
            Duration parsed = deadline == null ? Duration.ofDays(3) : Duration.parse(deadline.toString().trim());
            if (parsed.isNegative() || parsed.isZero()) {
                throw new IllegalArgumentException("ticket.deadline must be positive");
            }
            ticketDeadline = parsed;
        } catch (RuntimeException e) {
            LOG.error("Invalid {} configuration, keeping the previous settings: {}", PID, e.getMessage());
        }
    }
}
