package org.chrysalis.deliberation.service;

import java.util.Dictionary;
import java.util.Map;

import org.chrysalis.deliberation.domain.DecisionPolicy;
import org.chrysalis.platform.api.config.ConfigMaps;
import org.osgi.service.cm.ManagedService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The capability's configuration (PID {@value #PID}): the default rules of every village, the
 * matters that need two thirds, the scheduler's interval and demo data; re-read on every edit,
 * an invalid edit keeps the previous settings.
 */
public class DeliberationSettings implements ManagedService {

    public static final String PID = "org.chrysalis.deliberation";
    private static final Logger LOG = LoggerFactory.getLogger(DeliberationSettings.class);

    private volatile DecisionPolicy policy = DecisionPolicy.from(Map.of());
    private volatile boolean demoData = true;
    private volatile long tickIntervalSeconds = 300;

    public DecisionPolicy policy() {
        return policy;
    }

    public boolean demoData() {
        return demoData;
    }

    public long tickIntervalSeconds() {
        return tickIntervalSeconds;
    }

    @Override
    public void updated(Dictionary<String, ?> properties) {
        Map<String, Object> map = ConfigMaps.of(properties);
        try {
            policy = DecisionPolicy.from(map);
            demoData = !"false".equalsIgnoreCase(String.valueOf(map.get("demo.enabled")));
            Object interval = map.get("tick.intervalSeconds");
            tickIntervalSeconds = interval == null ? 300 : Long.parseLong(interval.toString().trim());
        } catch (RuntimeException e) {
            LOG.error("Invalid {} configuration, keeping the previous settings: {}", PID, e.getMessage());
        }
    }
}
