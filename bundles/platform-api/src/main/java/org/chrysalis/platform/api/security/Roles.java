package org.chrysalis.platform.api.security;

import java.util.List;

/** The platform's roles, as JAAS role names. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String GRID_WORKER = "grid-worker";
    public static final String DISPATCHER = "dispatcher";
    public static final String MEDIATOR = "mediator";
    public static final String VILLAGE_COMMITTEE = "village-committee";
    public static final String VILLAGER = "villager";
    public static final String INSPECTOR = "inspector";
    public static final String PARKING_OPERATOR = "parking-operator";
    /** Read-only access to every API, for other systems. */
    public static final String INTEGRATOR = "integrator";

    public static final List<String> ALL = List.of(ADMIN, GRID_WORKER, DISPATCHER, MEDIATOR,
            VILLAGE_COMMITTEE, VILLAGER, INSPECTOR, PARKING_OPERATOR, INTEGRATOR);

    private Roles() {
    }
}
