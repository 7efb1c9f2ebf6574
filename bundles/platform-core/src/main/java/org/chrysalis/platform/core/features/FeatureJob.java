package org.chrysalis.platform.core.features;

import java.time.Instant;

/** An install or uninstall of a feature, run in the background and polled by the client. */
public record FeatureJob(String id, String feature, Action action, State state, String reason,
                         String requestedBy, Instant requestedAt, Instant finishedAt) {

    public enum Action { INSTALL, UNINSTALL }

    public enum State { PENDING, RUNNING, DONE, FAILED }

    FeatureJob with(State next, String why, Instant finished) {
        return new FeatureJob(id, feature, action, next, why, requestedBy, requestedAt, finished);
    }
}
