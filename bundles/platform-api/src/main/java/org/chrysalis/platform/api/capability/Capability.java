package org.chrysalis.platform.api.capability;

/**
 * Registered as an OSGi service by every capability bundle, so the platform can list what is
 * installed and report its health. The id is the short name used in paths, topics, the
 * configuration PID ({@code org.chrysalis.<id>}) and the feature name ({@code chrysalis-<id>}).
 */
public interface Capability {

    String id();

    String name();

    String version();

    String description();

    Health health();
}
