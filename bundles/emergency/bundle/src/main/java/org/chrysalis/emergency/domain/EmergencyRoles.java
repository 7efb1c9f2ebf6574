package org.chrysalis.emergency.domain;

import java.util.Set;

import org.chrysalis.platform.api.security.Roles;

/** The JAAS roles this capability knows. A plugin may declare roles of its own, as here. */
public final class EmergencyRoles {

    /** Works the tickets of this capability. */
    public static final String WORKER = "emergency-worker";

    public static final Set<String> WRITERS = Set.of(Roles.ADMIN, WORKER);
    public static final Set<String> READERS = Set.of(Roles.ADMIN, WORKER, Roles.INTEGRATOR);

    private EmergencyRoles() {
    }
}
