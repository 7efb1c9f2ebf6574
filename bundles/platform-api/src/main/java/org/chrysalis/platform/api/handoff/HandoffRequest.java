package org.chrysalis.platform.api.handoff;

import java.util.Map;

import org.chrysalis.platform.api.security.Actor;

/** A case on its way from one capability to another. */
public record HandoffRequest(String sourceCapability, String sourceCaseId, String kind, String title,
                             String description, String areaCode, Map<String, String> attributes,
                             Actor actor) {

    public HandoffRequest {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
