package org.chrysalis.platform.core.features;

import java.time.Instant;

/**
 * An install, uninstall or upgrade of a feature, run in the background and polled by the client.
 * {@code version} is the version asked for (an upgrade's target), null when none was named.
 */
public record FeatureJob(String id, String feature, Action action, String version, State state, String reason,
                         String requestedBy, Instant requestedAt, Instant finishedAt) {

    public enum Action { INSTALL, UNINSTALL, UPGRADE }

    public enum State { PENDING, RUNNING, DONE, FAILED }

    FeatureJob with(State next, String why, Instant finished) {
        return new FeatureJob(id, feature, action, version, next, why, requestedBy, requestedAt, finished);
    }
}
