package org.chrysalis.campaigns.service;

import java.util.Dictionary;
import java.util.Map;

import org.chrysalis.campaigns.domain.RectificationPolicy;
import org.chrysalis.campaigns.domain.ScoreWeights;
import org.chrysalis.platform.api.config.ConfigMaps;
import org.osgi.service.cm.ManagedService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The capability's configuration (PID {@value #PID}): deadlines by severity, escalation and
 * supervision, score weights, the key area of handed-over tasks; re-read on every edit, an
 * invalid edit keeps the previous settings.
 */
public class CampaignsSettings implements ManagedService {

    public static final String PID = "org.chrysalis.campaigns";
    private static final Logger LOG = LoggerFactory.getLogger(CampaignsSettings.class);

    private volatile RectificationPolicy policy = RectificationPolicy.from(Map.of());
    private volatile ScoreWeights weights = ScoreWeights.DEFAULT;
    private volatile boolean demoData = true;
    private volatile long escalationIntervalSeconds = 60;
    private volatile String handoffKeyArea = "work-safety";

    public RectificationPolicy policy() {
        return policy;
    }

    public ScoreWeights weights() {
        return weights;
    }

    public boolean demoData() {
        return demoData;
    }

    public long escalationIntervalSeconds() {
        return escalationIntervalSeconds;
    }

    public String handoffKeyArea() {
        return handoffKeyArea;
    }

    @Override
    public void updated(Dictionary<String, ?> properties) {
        Map<String, Object> map = ConfigMaps.of(properties);
        try {
            RectificationPolicy newPolicy = RectificationPolicy.from(map);
            ScoreWeights newWeights = ScoreWeights.from(map);
            Object interval = map.get("escalation.intervalSeconds");
            long newInterval = interval == null ? 60 : Long.parseLong(interval.toString().trim());
            if (newInterval < 1) {
                throw new IllegalArgumentException("escalation.intervalSeconds must be at least 1");
            }
            policy = newPolicy;
            weights = newWeights;
            escalationIntervalSeconds = newInterval;
            demoData = !"false".equalsIgnoreCase(String.valueOf(map.get("demo.enabled")));
            Object keyArea = map.get("handoff.keyArea");
            handoffKeyArea = keyArea == null || keyArea.toString().isBlank() ? "work-safety" : keyArea.toString().trim();
        } catch (RuntimeException e) {
            LOG.error("Invalid {} configuration, keeping the previous settings: {}", PID, e.getMessage());
        }
    }
}
