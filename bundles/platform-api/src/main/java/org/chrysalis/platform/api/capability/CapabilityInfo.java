package org.chrysalis.platform.api.capability;

/** A snapshot of one installed capability, as the platform lists it. */
public record CapabilityInfo(String id, String name, String version, String description, Health health) {

    /** Reads a capability once; a capability that fails while answering is reported DOWN. */
    public static CapabilityInfo of(Capability capability) {
        Health health;
        try {
            health = capability.health();
        } catch (RuntimeException e) {
            health = Health.down(e.getClass().getSimpleName());
        }
        return new CapabilityInfo(capability.id(), capability.name(), capability.version(),
                capability.description(), health);
    }
}
