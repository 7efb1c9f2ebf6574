package org.chrysalis.mediation.service;

import java.util.Dictionary;
import java.util.Map;

import org.chrysalis.mediation.domain.MediationPolicy;
import org.chrysalis.platform.api.config.ConfigMaps;
import org.osgi.service.cm.ManagedService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The capability's configuration (PID {@value #PID}): deadline, extension cap, warning and the
 * recent-merchant conflict window, re-read on every edit; an invalid edit keeps the previous one.
 */
public class MediationSettings implements ManagedService {

    public static final String PID = "org.chrysalis.mediation";
    private static final Logger LOG = LoggerFactory.getLogger(MediationSettings.class);

    private volatile MediationPolicy policy = MediationPolicy.from(Map.of());
    private volatile boolean demoData = true;
    private volatile long expiryIntervalSeconds = 300;

    public MediationPolicy policy() {
        return policy;
    }

    public boolean demoData() {
        return demoData;
    }

    public long expiryIntervalSeconds() {
        return expiryIntervalSeconds;
    }

    @Override
    public void updated(Dictionary<String, ?> properties) {
        Map<String, Object> map = ConfigMaps.of(properties);
        try {
            policy = MediationPolicy.from(map);
            demoData = !"false".equalsIgnoreCase(String.valueOf(map.get("demo.enabled")));
            Object interval = map.get("expiry.intervalSeconds");
            expiryIntervalSeconds = interval == null ? 300 : Long.parseLong(interval.toString().trim());
        } catch (RuntimeException e) {
            LOG.error("Invalid {} configuration, keeping the previous settings: {}", PID, e.getMessage());
        }
    }
}
