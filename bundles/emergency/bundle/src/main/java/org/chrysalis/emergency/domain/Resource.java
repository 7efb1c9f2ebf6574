package org.chrysalis.emergency.domain;

import java.util.Objects;

/**
 * Something a tier sends: a team, a vehicle or material, by name and quantity. Always valid once
 * built; validate raw input with {@link AlarmValidation#validateResource} first to answer 400.
 */
public record Resource(ResourceKind kind, String name, int quantity) {

    public static final int NAME_MAX = 100;

    public Resource {
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A resource needs a name.");
        }
        name = name.strip();
        if (name.length() > NAME_MAX) {
            throw new IllegalArgumentException("A resource name must be at most " + NAME_MAX + " characters.");
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("A resource quantity must be positive, not " + quantity + ".");
        }
    }
}
