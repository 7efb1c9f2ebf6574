package org.chrysalis.platform.core.capability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chrysalis.platform.api.capability.Capability;
import org.chrysalis.platform.api.capability.CapabilityInfo;
import org.chrysalis.platform.api.capability.Health;

/**
 * What is installed now: a live view over the registered Capability services. A capability that
 * goes away while it is being read is simply left out.
 */
public class CapabilityRegistry {

    private final List<Capability> capabilities;

    /** @param capabilities a live list (Blueprint reference-list) */
    public CapabilityRegistry(List<Capability> capabilities) {
        this.capabilities = capabilities;
    }

    public List<CapabilityInfo> list() {
        List<CapabilityInfo> infos = new ArrayList<>();
        for (Capability capability : List.copyOf(capabilities)) {
            try {
                infos.add(CapabilityInfo.of(capability));
            } catch (RuntimeException gone) {
                // unregistered between the copy and the call: no longer installed
            }
        }
        infos.sort(Comparator.comparing(CapabilityInfo::id));
        return infos;
    }

    /**
     * Overall health: DOWN when the platform itself or any capability is DOWN, including a
     * capability whose feature is installed but which has not registered (starting or failed).
     */
    public PlatformHealth health(Health platform, java.util.Set<String> installed) {
        Map<String, Health> components = new TreeMap<>();
        components.put("platform", platform);
        installed.forEach(id -> components.put(id, Health.down("installed, not started")));
        list().forEach(info -> components.put(info.id(), info.health()));
        boolean up = components.values().stream().allMatch(Health::isUp);
        return new PlatformHealth(up ? Health.Status.UP : Health.Status.DOWN, components);
    }

    public record PlatformHealth(Health.Status status, Map<String, Health> components) {
    }
}
