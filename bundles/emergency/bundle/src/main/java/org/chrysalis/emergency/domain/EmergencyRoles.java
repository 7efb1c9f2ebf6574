package org.chrysalis.emergency.domain;

import java.util.List;
import java.util.Set;

/** The plugin's JAAS role names and which tier each acts for; admin acts for any tier. */
public final class EmergencyRoles {

    public static final String ENTERPRISE = "emergency-enterprise";
    public static final String PARK = "emergency-park";
    public static final String CENTER = "emergency-center";
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(ENTERPRISE, PARK, CENTER, ADMIN);

    private EmergencyRoles() {
    }

    /** The role that acts for {@code tier}. */
    public static String forTier(Tier tier) {
        return switch (tier) {
            case ENTERPRISE -> ENTERPRISE;
            case PARK -> PARK;
            case NEW_AREA -> CENTER;
        };
    }

    /** Whether a user with these roles may act for an alarm currently at {@code tier}. */
    public static boolean actsFor(Set<String> roles, Tier tier) {
        return roles != null && (roles.contains(ADMIN) || roles.contains(forTier(tier)));
    }
}
