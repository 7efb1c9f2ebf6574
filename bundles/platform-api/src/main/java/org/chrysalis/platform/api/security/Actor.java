package org.chrysalis.platform.api.security;

import java.security.Principal;
import java.util.Collection;
import java.util.Set;

/** The authenticated user on whose behalf a request runs. */
public record Actor(String name, Set<String> roles) implements Principal {

    /** The platform itself, for scheduled work such as escalations. */
    public static final Actor SYSTEM = new Actor("system", Set.of(Roles.ADMIN));

    public Actor {
        roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return name;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Collection<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }
}
